import { textReason } from '../../ui/validation';

// A person's name and role follow the same hub rules when signing up and when editing the profile.
export const DISPLAY_NAME_MAX_LENGTH = 100;
export const JOB_TITLE_MAX_LENGTH = 120;

export const displayNameReason = (value: string) => textReason(value, 2, DISPLAY_NAME_MAX_LENGTH);
export const jobTitleReason = (value: string) => textReason(value, 2, JOB_TITLE_MAX_LENGTH);
