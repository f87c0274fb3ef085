export { startIdentityProvider, type IdentityProvider } from './server';
export { issueToken, localAudience, localIssuer, subjectOf, isEmailAddress } from './tokens';
