import { graphql } from '../../gql';

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      name
      municipalityCount
    }
  }
`);

export const MunicipalityDirectoryQuery = graphql(`
  query MunicipalityDirectory($search: String, $province: String, $sizeBand: SizeBand, $first: Int!, $after: String) {
    municipalities(search: $search, province: $province, sizeBand: $sizeBand, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          istatCode
          name
          province
          provinceName
          population
          sizeBand
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MunicipalityQuery = graphql(`
  query Municipality($istatCode: ID!) {
    municipality(istatCode: $istatCode) {
      istatCode
      name
      province
      provinceName
      population
      sizeBand
      cadastralCode
    }
  }
`);
