import type { ComponentProps } from 'react';
import { Status } from '../components/Status';
import { preloadAuthProblemTexts } from '../features/home/auth-problem-text';
import { useMessages } from '../i18n/messages';
import { preloaded, usePreloaded } from '../lib/preload';
import { appMessages } from './messages';

/*
 * Screens of the signed-out page that most visits never show, each a chunk of its own:
 * fetched when the page is idle, or at once when shown first.
 */
const customEnvironment = preloaded(() => import('../features/environment/CustomEnvironmentForm'));
const storagePage = preloaded(() => import('./StoragePage'));

/** What a signed-out page may show next: the custom environment's form, a sign-in problem's text. */
export function preloadSignedOutExtras(): void {
  void customEnvironment.load().catch(() => undefined); // a failure shows where the form renders
  preloadAuthProblemTexts();
}

function Loading() {
  return <Status>{useMessages(appMessages).loading}</Status>;
}

export function CustomEnvironmentForm() {
  const module = usePreloaded(customEnvironment);
  return module ? <module.CustomEnvironmentForm /> : <Loading />;
}

export function StoragePage(props: ComponentProps<typeof import('./StoragePage').StoragePage>) {
  const module = usePreloaded(storagePage);
  return module ? <module.StoragePage {...props} /> : <Loading />;
}
