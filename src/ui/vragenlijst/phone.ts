/** The phone view and its fragment reader: one chunk, loaded only when the page has a `#…`. */
export { readPhoneFragment } from '../../domain/phonelink';
export { PhoneView } from './PhoneView';
