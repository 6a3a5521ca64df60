import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MunicipalityQuery as MunicipalityResult } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatNumber } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { MunicipalityQuery } from './municipalities.operations';

type Municipality = NonNullable<MunicipalityResult['municipality']>;

export default function MunicipalityPage() {
  const { t } = useTranslation();
  const istatCode = useParams().istatCode ?? '';
  const { data, loading, error } = useQuery(MunicipalityQuery, { variables: { istatCode } });

  if (loading && !data) return <Spinner />;
  if (!data) return <FormProblem problem={problemOf(error)} />;
  if (!data.municipality) {
    return (
      <>
        <PageHeading title={t('municipality.notFoundTitle')}>{t('municipality.notFoundTitle')}</PageHeading>
        <p>{t('municipality.notFound', { istatCode })}</p>
        <Link to="/comuni">{t('municipality.backToDirectory')}</Link>
      </>
    );
  }
  return <MunicipalityFacts municipality={data.municipality} />;
}

function MunicipalityFacts({ municipality }: { municipality: Municipality }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const facts = [
    { term: t('municipality.province'), value: t('municipality.provinceValue', { name: municipality.provinceName, code: municipality.province }) },
    {
      term: t('municipality.population'),
      value: t('municipality.populationValue', { formatted: formatNumber(municipality.population, language) }),
    },
    { term: t('municipality.sizeBand'), value: t(`sizeBand.${municipality.sizeBand}`) },
    { term: t('municipality.istatCode'), value: municipality.istatCode },
    { term: t('municipality.cadastralCode'), value: municipality.cadastralCode },
  ];

  return (
    <>
      <Breadcrumb trail={[{ to: '/comuni', label: t('nav.directory') }]} current={municipality.name} label={t('municipality.breadcrumb')} />
      <p className="text-uppercase fw-semibold text-secondary mb-1">{t('municipality.kind')}</p>
      <PageHeading title={municipality.name}>{municipality.name}</PageHeading>
      <dl className="row cantiere-facts mt-4" data-testid="municipality-facts">
        {facts.map((fact) => (
          <div className="col-sm-6 col-lg-4" key={fact.term}>
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="cantiere-source">{t('municipality.source')}</p>
      <Link to="/comuni">{t('municipality.backToDirectory')}</Link>
    </>
  );
}
