// Starts opening Dateline's IndexedDB database while the page's own code is still loading (Dexie opens it again a
// few tens of milliseconds later and finds it ready: the browser keeps a database open for a moment after its last
// connection closes). Never creates the database (a first run aborts the creation) and never holds up an upgrade.
(function () {
  try {
    var request = indexedDB.open('dateline');
    request.onupgradeneeded = function () {
      request.transaction.abort();
    };
    request.onsuccess = function () {
      request.result.close();
    };
    request.onerror = function (event) {
      event.preventDefault();
    };
  } catch {
    // No IndexedDB here (a private window that forbids it): the page reports it when Dexie fails.
  }
})();
