import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/account/user.entity';
import { Session } from '../modules/account/session.entity';
import { RateLimitCounter } from '../modules/account/rate-limit.entity';

/** Every entity the ORM maps; listed by hand so discovery needs no file scanning. */
export const entities = [Organization, User, Session, RateLimitCounter];
