import { postSilentAnswer } from './auth/silent-answer';

// Runs inside the hidden renewal iframe: hands the authorization response to the app in the parent window.
postSilentAnswer();
