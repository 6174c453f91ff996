// Runs inline, right after #root, before the first paint and before the app's script. The build puts the
// signed-out home's HTML in #root; this removes it when it cannot be what this page opens with (a sign-in's
// answer, another address, a session to check, another language or environment), so the page shows nothing
// rather than the wrong page until the app renders. It errs on the side of removing: the app hydrates
// what is left only when its own Opening matches (src/app/opening.ts), and these checks must never keep
// HTML that the app would not open with (src/app/opening.test.ts holds them to it).
(function (page) {
  var root = page.document.getElementById('root');
  var expected = root && root.getAttribute('data-opening');
  if (!root || !expected) return;
  var keep;
  try {
    var opening = JSON.parse(expected);
    var location = page.location;
    var local = page.localStorage;
    var session = page.sessionStorage;
    var language = local.getItem('obe.language');
    var environment = local.getItem('obe.environment');
    var preferred = (page.navigator.languages && page.navigator.languages[0]) || page.navigator.language || '';
    var sessionHeld = false;
    for (var index = 0; index < session.length; index += 1) {
      if (String(session.key(index)).indexOf('obe.oidc.') === 0) sessionHeld = true;
    }
    keep =
      !opening.arrival &&
      !opening.storageProblem &&
      !opening.sessionHeld &&
      !sessionHeld &&
      location.pathname === opening.path &&
      !location.search &&
      !location.hash &&
      (language === null ? preferred.toLowerCase().split('-')[0] === opening.language : language === JSON.stringify(opening.language)) &&
      (environment === null || environment === JSON.stringify(opening.environment));
  } catch {
    keep = false; // storage that cannot be read: the app shows why
  }
  if (!keep) {
    root.replaceChildren();
    root.removeAttribute('data-opening');
  }
})(window);
