import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SizeBand } from '../../gql/graphql';
import { formatNumber } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ProvincesQuery } from './municipalities.operations';
import { SIZE_BANDS, isSizeBand } from './sizeBands';

interface DirectoryFiltersProps {
  text: string;
  onTextChange: (text: string) => void;
  onSubmit: () => void;
  province: string;
  onProvinceChange: (province: string) => void;
  sizeBand: SizeBand | null;
  onSizeBandChange: (sizeBand: SizeBand | null) => void;
  onReset: () => void;
}

/** Name search, province and population band: each change updates the list straight away. */
export function DirectoryFilters(props: DirectoryFiltersProps) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(ProvincesQuery);
  const language = i18n.resolvedLanguage ?? 'it';
  const filtered = props.text !== '' || props.province !== '' || props.sizeBand !== null;

  return (
    <form
      role="search"
      className="row g-4 align-items-start"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <div className="col-lg-5">
        <TextField
          id="directory-search"
          label={t('directory.search')}
          hint={t('directory.searchHint')}
          type="search"
          autoComplete="off"
          maxLength={100}
          value={props.text}
          onChange={props.onTextChange}
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <SelectField id="directory-province" label={t('directory.province')} value={props.province} onChange={props.onProvinceChange}>
          <option value="">{t('directory.allProvinces')}</option>
          {data?.provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {t('directory.provinceOption', {
                name: province.name,
                code: province.code,
                total: formatNumber(province.municipalityCount, language),
              })}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="col-md-6 col-lg-3">
        <SelectField
          id="directory-size-band"
          label={t('directory.sizeBand')}
          value={props.sizeBand ?? ''}
          onChange={(value) => props.onSizeBandChange(isSizeBand(value) ? value : null)}
        >
          <option value="">{t('directory.allSizeBands')}</option>
          {SIZE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`sizeBand.${band}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {filtered && (
        <div className="col-12 mt-n4">
          <button type="button" className="btn btn-link px-0" onClick={props.onReset}>
            {t('directory.resetFilters')}
          </button>
        </div>
      )}
    </form>
  );
}
