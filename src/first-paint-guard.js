// Runs inline, right after #root, before the first paint and before the app's script. The build puts the
// signed-out home's HTML in #root; this removes it when it cannot be what this page opens with (a sign-in's
// answer, another address, a session to check, another language or environment), so the page shows nothing
// rather than the wrong page until the app renders. It errs on the side of removing: the app hydrates
// what is left only when its own Opening matches (src/app/opening.ts), and these checks must never keep
// HTML that the app would not open with (src/app/opening.test.ts holds them to it). On a bound sign-in's
// answer it also reads the DPoP key store, which the app's first steps would otherwise wait for.
(function (page) {
  try {
    // A bound sign-in's answer: the DPoP key store read now, while the page's scripts load, so that the token
    // request's proof need not wait for the database (src/auth/dpop-choice.ts takes the answer, once).
    if (page.location.pathname === '/callback' && page.indexedDB) {
      for (var entry = 0; entry < page.sessionStorage.length; entry += 1) {
        if (String(page.sessionStorage.key(entry)).indexOf('obe.dpop:') !== 0) continue;
        var request = page.indexedDB.open('oidc');
        request.onupgradeneeded = function () {
          request.result.createObjectStore('dpop'); // as the app and the library make it
        };
        page.obeKeyStoreRead = new Promise(function (resolve, reject) {
          request.onerror = function () {
            reject(request.error);
          };
          request.onsuccess = function () {
            try {
              var store = request.result.transaction('dpop', 'readonly').objectStore('dpop');
              var names = store.getAllKeys();
              var values = store.getAll(); // in the same order: both by key, in one transaction
              values.onerror = function () {
                reject(values.error);
              };
              values.onsuccess = function () {
                request.result.close();
                resolve({ names: names.result, values: values.result });
              };
            } catch (error) {
              reject(error); // a database without the store: settled all the same, never left waiting
            }
          };
        });
        page.obeKeyStoreRead.catch(function () {}); // the app reads for itself instead
        break;
      }
    }
  } catch {
    // no storage here: the app says why
  }
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
