import { UserManager } from 'oidc-client-ts';

// Runs inside the hidden renewal iframe: hands the authorization response to the app in the parent window.
const here = window.location.origin;
void new UserManager({ authority: here, client_id: 'silent-callback', redirect_uri: here }).signinSilentCallback();
