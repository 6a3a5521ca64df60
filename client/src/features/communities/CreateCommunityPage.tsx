import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { communityPath } from '../../app/paths';
import type { CommunityVisibility } from '../../gql/graphql';
import { CheckboxGroup, RadioGroup } from '../../ui/ChoiceGroup';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { onlyProblems, textReason } from '../../ui/validation';
import { Composer } from '../threads/Composer';
import { CommunitiesQuery, CreateCommunityMutation } from './communities.operations';
import { MAX_THEMES, THEMES, type Theme } from './themes';

const FIELDS = ['name', 'slug', 'description', 'themes', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DESCRIPTION_MAX_LENGTH = 5000;

export default function CreateCommunityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [description, setDescription] = useState('');
  const [themes, setThemes] = useState<Theme[]>([]);
  const [visibility, setVisibility] = useState<CommunityVisibility | null>(null);
  const errors = useFormErrors(FIELDS, (field) => `community${field[0].toUpperCase()}${field.slice(1)}`);
  const [create, { loading }] = useMutation(CreateCommunityMutation, { refetchQueries: [CommunitiesQuery] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = onlyProblems<Field>({
      name: textReason(name, 3, 120),
      slug: slug.trim() === '' ? undefined : SLUG_SHAPE.test(slug.trim()) && slug.trim().length <= 60 ? undefined : 'invalid',
      description: textReason(description, 1, DESCRIPTION_MAX_LENGTH),
      themes: themes.length > MAX_THEMES ? 'tooMany' : undefined,
      visibility: visibility ? undefined : 'required',
    });
    if (!visibility || Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      const { data } = await create({
        variables: { input: { name: name.trim(), slug: slug.trim() || null, description, themes, visibility } },
      });
      if (data) await navigate(communityPath(data.createCommunity.slug));
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <div className="row">
      <div className="col-lg-8">
        <PageHeading title={t('createCommunity.title')}>{t('createCommunity.heading')}</PageHeading>
        <p className="lead">{t('createCommunity.intro')}</p>
        <form className="cantiere-form mt-4" onSubmit={submit} noValidate>
          <TextField
            id="community-name"
            label={t('createCommunity.name')}
            hint={t('createCommunity.nameHint')}
            required
            maxLength={120}
            value={name}
            onChange={setName}
            error={errors.errorText('name')}
            inputRef={errors.register('name')}
          />
          <TextField
            id="community-slug"
            label={t('createCommunity.slug')}
            hint={t('createCommunity.slugHint')}
            autoComplete="off"
            maxLength={60}
            value={slug}
            onChange={(value) => setSlug(value.toLowerCase())}
            error={errors.errorText('slug')}
            inputRef={errors.register('slug')}
          />
          <Composer
            id="community-description"
            label={t('createCommunity.description')}
            hint={t('createCommunity.descriptionHint')}
            rows={5}
            maxLength={DESCRIPTION_MAX_LENGTH}
            value={description}
            onChange={setDescription}
            error={errors.errorText('description')}
            textareaRef={errors.register('description')}
          />
          <CheckboxGroup
            id="community-themes"
            legend={t('createCommunity.themes')}
            hint={t('createCommunity.themesHint', { count: MAX_THEMES })}
            choices={THEMES.map((theme) => ({ value: theme, label: t(`themes.${theme}`) }))}
            values={themes}
            onChange={setThemes}
            error={errors.errorText('themes')}
            firstInputRef={errors.register('themes')}
          />
          <RadioGroup
            id="community-visibility"
            legend={t('createCommunity.visibility')}
            choices={[
              { value: 'PUBLIC', label: t('communities.visibility.PUBLIC'), description: t('createCommunity.publicExplanation') },
              { value: 'PRIVATE', label: t('communities.visibility.PRIVATE'), description: t('createCommunity.privateExplanation') },
            ]}
            value={visibility}
            onChange={setVisibility}
            error={errors.errorText('visibility')}
            firstInputRef={errors.register('visibility')}
          />
          <FormProblem problem={errors.formProblem} />
          <button type="submit" className="btn btn-primary btn-lg" disabled={loading}>
            {loading ? t('app.sending') : t('createCommunity.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
