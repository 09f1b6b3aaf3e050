/* Blauwdruk – live session, participant page.
 *
 * Plain ES2019, no dependencies. Runs under a strict CSP: no inline script,
 * no inline styles, no innerHTML for text from the server or the user.
 * All urls are relative to the page (which lives at http://HOST:PORT/SECRET/).
 */
(function () {
  'use strict';

  // ------------------------------------------------------------------ strings

  var STRINGS = {
    nl: {
      title: 'Blauwdruk – doe mee',
      brand: 'Blauwdruk',
      loading: 'Even laden…',
      joinHeading: 'Doe mee',
      joinIntro: 'Kies een naam of bijnaam; meer vragen we niet.',
      labelLabel: 'Je naam of bijnaam',
      joinButton: 'Meedoen',
      who: 'Je doet mee als {label}',
      waitingNone: 'Wacht tot de gespreksleider een ronde opent.',
      waitingClosed: 'De ronde is gesloten.',
      cardLabel: 'Schrijf één idee per kaart',
      sendCard: 'Verstuur kaart',
      cardSent: 'Kaart verstuurd',
      mineHeading: 'Jouw kaarten in deze ronde',
      dotsLeft: 'Nog {left} van {budget} stippen',
      capHint: 'Verdeel je stippen over de kaarten: max {cap} per kaart.',
      minus: 'Stip eraf bij {title}',
      plus: 'Stip erbij bij {title}',
      dotsOne: '1 stip',
      dotsMany: '{n} stippen',
      voteSaved: '{title}: {dots}. Nog {left} van {budget} stippen.',
      noCards: 'Er zijn nog geen kaarten om op te stemmen.',
      resultsHeading: 'Uitslag',
      roundOpened: 'Nieuwe ronde: {question}',
      roundClosed: 'De ronde is gesloten.',
      revealed: 'De uitslag is bekend.',
      footer: 'Andere deelnemers zien niet wat je schrijft of waar je stippen zet; de gespreksleider ziet pas na de onthulling hoeveel stippen elke kaart kreeg.',
      ended: 'De gespreksleider heeft de live sessie beëindigd. Bedankt voor het meedoen!',
      errLabel: 'Vul een naam of bijnaam in (maximaal 40 tekens).',
      errCardEmpty: 'Je kaart is nog leeg. Schrijf eerst iets op.',
      errCardLong: 'Je kaart is te lang (maximaal 280 tekens).',
      errStatus: 'Er ging iets mis (status {status}). Probeer het opnieuw.',
      errNetwork: 'Geen verbinding met de laptop van de gespreksleider. Zit je op het wifi-netwerk van de zaal?',
      errExpired: 'Je bent niet meer aangemeld, misschien is de sessie opnieuw gestart. Meld je opnieuw aan.',
      reconnected: 'Verbinding hersteld.'
    },
    en: {
      title: 'Blauwdruk – take part',
      brand: 'Blauwdruk',
      loading: 'Loading…',
      joinHeading: 'Take part',
      joinIntro: 'Choose a name or nickname; that is all we ask.',
      labelLabel: 'Your name or nickname',
      joinButton: 'Join',
      who: 'You are taking part as {label}',
      waitingNone: 'Wait for the facilitator to open a round.',
      waitingClosed: 'The round is closed.',
      cardLabel: 'Write one idea per card',
      sendCard: 'Send card',
      cardSent: 'Card sent',
      mineHeading: 'Your cards in this round',
      dotsLeft: '{left} of {budget} dots left',
      capHint: 'Spread your dots over the cards: max {cap} per card.',
      minus: 'Remove a dot from {title}',
      plus: 'Add a dot to {title}',
      dotsOne: '1 dot',
      dotsMany: '{n} dots',
      voteSaved: '{title}: {dots}. {left} of {budget} dots left.',
      noCards: 'There are no cards to vote on yet.',
      resultsHeading: 'Results',
      roundOpened: 'New round: {question}',
      roundClosed: 'The round is closed.',
      revealed: 'The results are in.',
      footer: 'Other participants do not see what you write or where you put your dots; the facilitator sees how many dots each card got only after the reveal.',
      ended: 'The facilitator has ended the live session. Thank you for taking part!',
      errLabel: 'Enter a name or nickname (at most 40 characters).',
      errCardEmpty: 'Your card is still empty. Write something first.',
      errCardLong: 'Your card is too long (at most 280 characters).',
      errStatus: 'Something went wrong (status {status}). Please try again.',
      errNetwork: 'No connection to the facilitator\'s laptop. Are you on the room\'s wifi network?',
      errExpired: 'You are no longer signed in; the session may have restarted. Please join again.',
      reconnected: 'Connection restored.'
    }
  };

  var LANG = /^en\b/i.test(document.documentElement.lang || '') ? 'en' : 'nl';
  var S = STRINGS[LANG];

  function t(key, params) {
    var s = S[key];
    if (s === undefined) s = STRINGS.nl[key] || key;
    if (params) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m;
      });
    }
    return s;
  }

  function dotsText(n) {
    return n === 1 ? t('dotsOne') : t('dotsMany', { n: n });
  }

  // ------------------------------------------------------------------ constants

  var TOKEN_KEY = 'blauwdruk-token';
  var LABEL_MAX = 40;
  var CARD_MAX = 280;
  var WS_RETRY_MS = 3000;
  var POLL_MS = 5000;
  var REQUEST_TIMEOUT_MS = 15000;

  // ------------------------------------------------------------------ elements

  function $(id) { return document.getElementById(id); }

  var el = {
    message: $('message'),
    join: $('join'),
    label: $('label'),
    joinButton: $('join-button'),
    main: $('main'),
    session: $('session'),
    journey: $('journey'),
    who: $('who'),
    round: $('round'),
    question: $('question'),
    focus: $('focus'),
    waiting: $('waiting'),
    write: $('write'),
    cardText: $('card-text'),
    cardCount: $('card-count'),
    voteStatus: $('vote-status'),
    sendCard: $('send-card'),
    mineBlock: $('mine-block'),
    mine: $('mine'),
    vote: $('vote'),
    dotsLeft: $('dots-left'),
    dotMeter: $('dot-meter'),
    capHint: $('cap-hint'),
    voteCards: $('vote-cards'),
    results: $('results'),
    resultList: $('result-list')
  };

  function show(node, visible) {
    if (!node) return;
    if (visible) node.removeAttribute('hidden');
    else node.setAttribute('hidden', '');
  }

  function setText(node, text) {
    if (!node) return;
    var s = text == null ? '' : String(text);
    if (node.textContent !== s) node.textContent = s;
  }

  // ------------------------------------------------------------------ storage

  var memoryToken = null;

  function loadToken() {
    try {
      var v = window.sessionStorage.getItem(TOKEN_KEY);
      if (v) return v;
    } catch (e) { /* storage unavailable: keep in memory only */ }
    return memoryToken;
  }

  function saveToken(v) {
    memoryToken = v;
    try {
      if (v) window.sessionStorage.setItem(TOKEN_KEY, v);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* ignore */ }
  }

  // ------------------------------------------------------------------ state

  var token = loadToken();
  var lastLabel = '';          // to prefill the join field after a 401
  var state = null;            // last state object from the server
  var stateSeq = 0;            // to drop out-of-order state responses
  var online = true;           // false after a network failure, until a request succeeds
  var joining = false;
  var sendingCard = false;
  var votesPending = 0;        // vote requests queued or in flight; state refreshes wait for them
  var voteChain = Promise.resolve();

  var ws = null;
  var wsRetryTimer = null;
  var pollTimer = null;

  // ------------------------------------------------------------------ messages

  // Messages are not cleared on a timer: the region sits above the content,
  // and content jumping on its own while someone taps is worse than a stale
  // confirmation. A message is replaced by the next one.
  var announceTimers = {};

  function announce(node, text) {
    clearTimeout(announceTimers[node.id]);
    if (node.textContent === text) {
      // Same text again: clear first, so screen readers announce it again.
      node.textContent = '';
      announceTimers[node.id] = setTimeout(function () { node.textContent = text; }, 60);
    } else {
      node.textContent = text;
    }
  }

  function say(text, kind) {
    el.message.className = 'message' + (kind ? ' ' + kind : '');
    announce(el.message, text);
  }

  function clearMessage() {
    clearTimeout(announceTimers[el.message.id]);
    el.message.textContent = '';
    el.message.className = 'message';
  }

  // ------------------------------------------------------------------ http

  function ApiError(status, message) {
    this.status = status;         // 0 = network failure
    this.message = message || ''; // server message (already localised) or ''
  }

  function api(path, body) {
    var controller = typeof window.AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    var init = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin'
    };
    if (controller) init.signal = controller.signal;
    return fetch(path, init).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        if (raw) {
          try { data = JSON.parse(raw); } catch (e) { data = null; }
        }
        if (!res.ok) {
          var msg = data && typeof data.error === 'string' ? data.error : '';
          throw new ApiError(res.status, msg);
        }
        return data && typeof data === 'object' ? data : {};
      }, function () {
        if (!res.ok) throw new ApiError(res.status, '');
        throw new ApiError(0, '');
      });
    }).then(function (data) {
      clearTimeout(timer);
      return data;
    }, function (err) {
      clearTimeout(timer);
      // fetch() failed or timed out: network trouble.
      throw err instanceof ApiError ? err : new ApiError(0, '');
    });
  }

  function errorText(err) {
    if (!(err instanceof ApiError)) return t('errStatus', { status: '?' });
    if (err.status === 0) return t('errNetwork');
    return err.message || t('errStatus', { status: err.status });
  }

  // Handles an error of any request. quiet: a background refresh; do not
  // repeat the same network message every few seconds.
  function handleError(err, quiet) {
    if (err instanceof ApiError && err.status === 401) {
      signOut();
      return;
    }
    if (err instanceof ApiError && err.status === 0) {
      if (quiet && !online) return;
      online = false;
      say(t('errNetwork'), 'error');
      return;
    }
    if (!(err instanceof ApiError) && window.console) window.console.error(err);
    var text = errorText(err);
    if (quiet && el.message.textContent === text) return; // polling: do not repeat
    say(text, 'error');
  }

  function markOnline() {
    if (!online) {
      online = true;
      say(t('reconnected'), 'ok');
    }
  }

  // ------------------------------------------------------------------ screens

  function showJoin() {
    show(el.main, false);
    show(el.join, true);
    document.title = t('title');
  }

  function showMain() {
    show(el.join, false);
    show(el.main, true);
  }

  function signOut() {
    var wasSignedIn = !!token;
    token = null;
    saveToken(null);
    state = null;
    stopSocket();
    stopPolling();
    if (lastLabel && !el.label.value) el.label.value = lastLabel;
    showJoin();
    if (wasSignedIn) say(t('errExpired'), 'error');
    el.label.focus();
  }

  // ------------------------------------------------------------------ join

  function join() {
    if (joining) return;
    var label = el.label.value.trim();
    if (label.length < 1 || label.length > LABEL_MAX) {
      say(t('errLabel'), 'error');
      el.label.focus();
      return;
    }
    joining = true;
    el.joinButton.disabled = true;
    api('api/join', { label: label }).then(function (data) {
      if (!data || typeof data.token !== 'string' || !data.token) {
        throw new ApiError(500, '');
      }
      markOnline();
      token = data.token;
      saveToken(token);
      lastLabel = label;
      clearMessage();
      enterMain(true);
    }).catch(function (err) {
      // A 401 on join itself is just an error message, not a sign-out.
      if (err instanceof ApiError && err.status === 401) {
        say(errorText(err), 'error');
      } else {
        handleError(err, false);
      }
      el.label.focus();
    }).then(function () {
      joining = false;
      el.joinButton.disabled = false;
    });
  }

  function enterMain(moveFocus) {
    state = null;
    resetMainView();
    showMain();
    refreshState().then(function () {
      if (moveFocus && token) focusTop();
    });
    connectSocket();
  }

  function resetMainView() {
    setText(el.session, '');
    setText(el.journey, '');
    setText(el.who, '');
    show(el.question, false);
    show(el.focus, false);
    setText(el.waiting, t('loading'));
    show(el.waiting, true);
    show(el.write, false);
    show(el.vote, false);
    show(el.results, false);
    el.voteCards.textContent = '';
    el.mine.textContent = '';
    el.resultList.textContent = '';
  }

  function focusTop() {
    var target = !el.question.hidden ? el.question : el.waiting;
    if (!el.session.hidden && el.session.textContent) target = el.session;
    try { target.focus({ preventScroll: false }); } catch (e) { target.focus(); }
  }

  // ------------------------------------------------------------------ state refresh

  function refreshState() {
    if (!token) return Promise.resolve();
    if (votesPending > 0) return Promise.resolve(); // refreshed when the queue drains
    var seq = ++stateSeq;
    var sentToken = token;
    return api('api/state', { token: sentToken }).then(function (s) {
      if (seq !== stateSeq || token !== sentToken) return;
      if (votesPending > 0) return;
      markOnline();
      render(s);
    }).catch(function (err) {
      if (token !== sentToken) return;
      handleError(err, true);
    });
  }

  // ------------------------------------------------------------------ rendering

  function render(s) {
    var prev = state;
    state = s || {};
    var r = state.round || null;
    var pr = prev ? prev.round || null : null;
    var hadFocusIn = focusedSection();

    setText(el.session, state.session || '');
    show(el.session, !!state.session);
    setText(el.journey, state.journey || '');
    show(el.journey, !!state.journey);
    if (state.label) lastLabel = state.label;
    setText(el.who, state.label ? t('who', { label: state.label }) : '');
    show(el.who, !!state.label);
    document.title = state.session ? state.session + ' – ' + t('brand') : t('title');

    var writing = !!(r && r.kind === 'cards' && r.open);
    var voting = !!(r && r.kind === 'votes' && r.open);
    var results = !!(r && r.revealed && Array.isArray(state.results));

    if (!r) {
      setText(el.question, '');
      show(el.question, false);
      show(el.focus, false);
      setText(el.waiting, t('waitingNone'));
      show(el.waiting, true);
    } else {
      setText(el.question, r.question || '');
      show(el.question, !!r.question);
      setText(el.focus, r.focus || '');
      show(el.focus, !!r.focus);
      // A revealed vote round is over for phones: say so, not "closed".
      setText(el.waiting, r.open ? '' : t(r.revealed ? 'revealed' : 'waitingClosed'));
      show(el.waiting, !r.open);
    }

    show(el.write, writing);
    if (writing) renderMine(state.mine);

    show(el.vote, voting);
    if (voting) renderVotes();
    else el.voteCards.textContent = '';

    show(el.results, results);
    if (results) renderResults(state.results);

    // Keep keyboard focus somewhere sensible when its section disappeared.
    if (hadFocusIn && hadFocusIn.hidden) {
      var target = !el.question.hidden ? el.question : el.waiting;
      if (results) target = $('results-heading');
      target.focus();
    }

    announceChange(prev, pr, r, results);
  }

  function focusedSection() {
    var a = document.activeElement;
    if (!a || a === document.body) return null;
    var sections = [el.write, el.vote, el.results];
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].contains(a)) return sections[i];
    }
    return null;
  }

  // Tell (screen reader) users about changes they did not cause.
  function announceChange(prev, pr, r, resultsShown) {
    if (!prev) return; // first render after joining or reloading
    if (r && r.open && (!pr || pr.id !== r.id)) {
      say(t('roundOpened', { question: r.question || '' }), 'ok');
    } else if (r && pr && pr.id === r.id && pr.open && !r.open) {
      say(t('roundClosed'), 'ok');
    }
    var prevShown = !!(pr && pr.revealed && Array.isArray(prev.results));
    if (resultsShown && (!prevShown || pr.id !== r.id)) {
      say(t('revealed'), 'ok');
    }
  }

  function renderMine(mine) {
    var list = Array.isArray(mine) ? mine : [];
    var frag = document.createDocumentFragment();
    list.forEach(function (c) {
      var li = document.createElement('li');
      li.textContent = c && c.text != null ? String(c.text) : '';
      if (c && c.id != null) li.setAttribute('data-card', String(c.id));
      frag.appendChild(li);
    });
    el.mine.textContent = '';
    el.mine.appendChild(frag);
    show(el.mineBlock, list.length > 0);
  }

  function num(v, fallback) {
    var n = Number(v);
    return isFinite(n) ? n : fallback;
  }

  function renderVotes() {
    var r = state.round;
    var budget = num(r.budget, 0);
    var cap = num(r.cap, budget);
    var left = num(state.left, budget - num(state.spent, 0));
    var cards = Array.isArray(state.cards) ? state.cards : [];

    setText(el.dotsLeft, t('dotsLeft', { left: left, budget: budget }));
    var meter = '';
    if (budget > 0 && budget <= 30) {
      // filled = dots still to place, hollow = dots placed
      var rest = Math.max(0, Math.min(budget, left));
      meter = new Array(rest + 1).join('\u25CF') + new Array(budget - rest + 1).join('\u25CB');
    }
    setText(el.dotMeter, meter);
    setText(el.capHint, t('capHint', { cap: cap }));

    // Update the list in place so keyboard focus stays on the pressed button.
    var existing = {};
    Array.prototype.forEach.call(el.voteCards.children, function (li) {
      existing[li.getAttribute('data-card')] = li;
    });

    if (cards.length === 0) {
      el.voteCards.textContent = '';
      var empty = document.createElement('li');
      empty.className = 'vote-card empty';
      empty.setAttribute('data-card', '');
      empty.textContent = t('noCards');
      el.voteCards.appendChild(empty);
      return;
    }

    var active = document.activeElement;
    cards.forEach(function (c, i) {
      var id = String(c.id);
      var li = Object.prototype.hasOwnProperty.call(existing, id) ? existing[id] : createVoteItem(id);
      delete existing[id];
      updateVoteItem(li, c, left, cap);
      var at = el.voteCards.children[i];
      if (at !== li) el.voteCards.insertBefore(li, at || null);
    });
    Object.keys(existing).forEach(function (k) {
      var li = existing[k];
      if (li.parentNode) li.parentNode.removeChild(li);
    });
    if (active && active !== document.activeElement && el.voteCards.contains(active)) {
      active.focus();
    }
  }

  function createVoteItem(id) {
    var li = document.createElement('li');
    li.className = 'vote-card';
    li.setAttribute('data-card', id);

    var text = document.createElement('div');
    text.className = 'vote-text';
    var title = document.createElement('p');
    title.className = 'vote-title';
    var kind = document.createElement('span');
    kind.className = 'vote-kind';
    text.appendChild(title);
    text.appendChild(kind);

    var group = document.createElement('div');
    group.className = 'stepper';
    group.setAttribute('role', 'group');
    group.setAttribute('tabindex', '-1');

    var minus = document.createElement('button');
    minus.type = 'button';
    minus.className = 'round-button minus';
    minus.textContent = '\u2212';
    minus.setAttribute('data-step', '-1');

    var count = document.createElement('span');
    count.className = 'count';

    var plus = document.createElement('button');
    plus.type = 'button';
    plus.className = 'round-button plus';
    plus.textContent = '+';
    plus.setAttribute('data-step', '1');

    group.appendChild(minus);
    group.appendChild(count);
    group.appendChild(plus);
    li.appendChild(text);
    li.appendChild(group);
    return li;
  }

  function updateVoteItem(li, c, left, cap) {
    var title = c.title != null ? String(c.title) : '';
    var count = num(c.count, 0);
    var titleEl = li.querySelector('.vote-title');
    var kindEl = li.querySelector('.vote-kind');
    var group = li.querySelector('.stepper');
    var minus = li.querySelector('button.minus');
    var plus = li.querySelector('button.plus');
    var countEl = li.querySelector('.count');

    setText(titleEl, title);
    setText(kindEl, c.kind || '');
    show(kindEl, !!c.kind);
    setText(countEl, String(count));
    group.setAttribute('aria-label', title);
    minus.setAttribute('aria-label', t('minus', { title: title }));
    plus.setAttribute('aria-label', t('plus', { title: title }));
    li.classList.toggle('has-dots', count > 0);

    var minusOff = count <= 0;
    var plusOff = left <= 0 || count >= cap;
    var focused = document.activeElement;
    minus.disabled = minusOff;
    plus.disabled = plusOff;
    // A focused button that just became disabled would drop focus to <body>.
    if (focused === plus && plusOff) (minusOff ? group : minus).focus();
    else if (focused === minus && minusOff) (plusOff ? group : plus).focus();
  }

  function renderResults(results) {
    var max = 0;
    results.forEach(function (r) { max = Math.max(max, num(r && r.dots, 0)); });
    var frag = document.createDocumentFragment();
    results.forEach(function (r) {
      var dots = num(r && r.dots, 0);
      var li = document.createElement('li');
      if (r && r.id != null) li.setAttribute('data-card', String(r.id));
      var row = document.createElement('div');
      row.className = 'result-row';
      var title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = r && r.title != null ? String(r.title) : '';
      var d = document.createElement('span');
      d.className = 'result-dots';
      d.textContent = dotsText(dots);
      row.appendChild(title);
      row.appendChild(d);
      li.appendChild(row);
      if (max > 0) {
        var bar = document.createElement('progress');
        bar.className = 'result-bar';
        bar.max = max;
        bar.value = dots;
        bar.setAttribute('aria-hidden', 'true');
        li.appendChild(bar);
      }
      frag.appendChild(li);
    });
    el.resultList.textContent = '';
    el.resultList.appendChild(frag);
  }

  // ------------------------------------------------------------------ cards

  function updateCounter() {
    var n = el.cardText.value.length;
    setText(el.cardCount, n + '/' + CARD_MAX);
    el.cardCount.classList.toggle('near-limit', n >= CARD_MAX - 20);
  }

  function sendCard() {
    if (sendingCard || !token) return;
    var text = el.cardText.value.trim();
    if (text.length < 1) {
      say(t('errCardEmpty'), 'error');
      el.cardText.focus();
      return;
    }
    if (text.length > CARD_MAX) {
      say(t('errCardLong'), 'error');
      el.cardText.focus();
      return;
    }
    sendingCard = true;
    el.sendCard.disabled = true;
    el.cardText.readOnly = true;
    api('api/cards', { token: token, text: text }).then(function () {
      markOnline();
      el.cardText.value = '';
      updateCounter();
      say(t('cardSent'), 'ok');
    }).catch(function (err) {
      handleError(err, false);
    }).then(function () {
      sendingCard = false;
      el.sendCard.disabled = false;
      el.cardText.readOnly = false;
      if (token && !el.write.hidden) el.cardText.focus();
      refreshState();
    });
  }

  // ------------------------------------------------------------------ votes

  function findCard(id) {
    var cards = state && Array.isArray(state.cards) ? state.cards : [];
    for (var i = 0; i < cards.length; i++) {
      if (String(cards[i].id) === id) return cards[i];
    }
    return null;
  }

  function step(cardId, delta) {
    if (!token || !state || !state.round || state.round.kind !== 'votes' || !state.round.open) return;
    var card = findCard(cardId);
    if (!card) return;
    var r = state.round;
    var budget = num(r.budget, 0);
    var cap = num(r.cap, budget);
    var count = num(card.count, 0);
    var left = num(state.left, budget - num(state.spent, 0));
    var next = count + delta;
    if (next < 0 || next > cap) return;
    if (delta > 0 && left <= 0) return;

    // Optimistic update; the server's answer (and a state refresh) correct it.
    card.count = next;
    state.left = left - delta;
    state.spent = num(state.spent, budget - left) + delta;
    renderVotes();

    var title = card.title != null ? String(card.title) : '';
    votesPending++;
    voteChain = voteChain.then(function () {
      if (!token) return null;
      return api('api/votes', { token: token, card: cardId, count: next }).then(function (res) {
        markOnline();
        if (votesPending === 1 && state && state.round && res) {
          if (typeof res.left === 'number') state.left = res.left;
          if (typeof res.spent === 'number') state.spent = res.spent;
          if (!el.vote.hidden) renderVotes();
          // Announced for screen readers only: a visible message above the
          // list would push the buttons down while someone is tapping.
          announce(el.voteStatus, t('voteSaved', {
            title: title,
            dots: dotsText(next),
            left: num(state.left, 0),
            budget: num(state.round.budget, 0)
          }));
        }
      });
    }).catch(function (err) {
      handleError(err, false);
    }).then(function () {
      votesPending--;
      if (votesPending === 0) refreshState();
    });
  }

  // ------------------------------------------------------------------ live updates

  function socketUrl() {
    var proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    var dir = location.pathname.replace(/[^/]*$/, '');
    return proto + '//' + location.host + dir + 'ws';
  }

  function connectSocket() {
    clearTimeout(wsRetryTimer);
    wsRetryTimer = null;
    if (!token || ws) return;
    if (typeof window.WebSocket !== 'function') {
      startPolling();
      return;
    }
    var sock;
    try {
      sock = new WebSocket(socketUrl());
    } catch (e) {
      socketFailed(null);
      return;
    }
    ws = sock;
    sock.onopen = function () {
      if (ws !== sock) return;
      if (!token) { sock.close(); return; }
      try { sock.send(JSON.stringify({ token: token })); } catch (e) { /* close follows */ }
      stopPolling();
      refreshState(); // we may have missed changes while disconnected
    };
    sock.onmessage = function (ev) {
      if (ws !== sock) return;
      var msg = null;
      try { msg = JSON.parse(ev.data); } catch (e) { return; }
      if (msg && msg.type === 'changed') refreshState();
      if (msg && msg.type === 'ended') sessionEnded();
    };
    sock.onerror = function () { /* a close event follows */ };
    sock.onclose = function () {
      if (ws !== sock) return;
      socketFailed(sock);
    };
  }

  // The facilitator stopped: say so, where it is seen, and stop asking.
  function sessionEnded() {
    stopSocket();
    stopPolling();
    token = null;
    say(t('ended'));
    window.scrollTo(0, 0);
  }

  function socketFailed(sock) {
    if (sock && ws === sock) ws = null;
    if (!token) return;
    startPolling();
    clearTimeout(wsRetryTimer);
    wsRetryTimer = setTimeout(connectSocket, WS_RETRY_MS);
  }

  function stopSocket() {
    clearTimeout(wsRetryTimer);
    wsRetryTimer = null;
    var sock = ws;
    ws = null;
    if (sock) {
      sock.onopen = sock.onmessage = sock.onerror = sock.onclose = null;
      try { sock.close(); } catch (e) { /* ignore */ }
    }
  }

  function startPolling() {
    if (pollTimer || !token) return;
    pollTimer = setInterval(function () {
      if (!token) { stopPolling(); return; }
      refreshState();
    }, POLL_MS);
  }

  function stopPolling() {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = null;
  }

  // Phones suspend background tabs: catch up when the page is shown again.
  function wake() {
    if (!token || document.visibilityState === 'hidden') return;
    refreshState();
    if (!ws || ws.readyState > 1) {
      ws = null;
      connectSocket();
    }
  }

  // ------------------------------------------------------------------ wiring

  function applyStaticTexts() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
      var key = node.getAttribute('data-i18n');
      if (S[key] !== undefined) node.textContent = S[key];
    });
    document.title = t('title');
  }

  function wire() {
    el.joinButton.addEventListener('click', join);
    el.label.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && !ev.isComposing) {
        ev.preventDefault();
        join();
      }
    });

    el.cardText.addEventListener('input', updateCounter);
    el.cardText.addEventListener('keydown', function (ev) {
      // Ctrl+Enter / Cmd+Enter sends; plain Enter is a new line.
      if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey) && !ev.isComposing) {
        ev.preventDefault();
        sendCard();
      }
    });
    el.sendCard.addEventListener('click', sendCard);

    el.voteCards.addEventListener('click', function (ev) {
      var target = ev.target;
      var button = target && target.closest ? target.closest('button[data-step]') : null;
      if (!button || button.disabled) return;
      var li = button.closest('li[data-card]');
      if (!li) return;
      step(li.getAttribute('data-card'), Number(button.getAttribute('data-step')));
    });

    document.addEventListener('visibilitychange', wake);
    window.addEventListener('pageshow', function (ev) { if (ev.persisted) wake(); });
    window.addEventListener('online', wake);
  }

  function start() {
    applyStaticTexts();
    updateCounter();
    wire();
    if (token) {
      enterMain(false);
    } else {
      showJoin();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
