// vermeld's Outlook send check (event-based activation, Smart Alerts).
// One self-contained ES2016 script without imports: classic Outlook on Windows runs exactly this file in its
// JavaScript-only runtime; Outlook on the web, new Outlook and Mac load it through launchevent.html.
// Callback style, no async/await (ES2017). Contract:
// - OnMessageSend: reads the HTML body, asks POST /api/v1/analyze; when verdict.disclosure_required and the
//   task pane has not armed body.appendOnSendAsync, the send is stopped with a Smart Alert that offers the
//   task pane. Messages with AI content get the X-Vermeld-AI internet header for Exchange transport rules.
// - Fail open: no answer within ANALYZE_TIMEOUT_MS (or an error) lets the message go, with a notification.
// - OnNewMessageCompose: tells the user up front when vermeld does not answer, so the fail-open is visible.
/* global Office */
(function () {
  "use strict";

  // Generated from the "send" part of i18n/{en,fr,nl}.json by addin/tools/gen-send-strings.js: the pane's
  // strings are the only source; this runtime cannot load a second file. Do not edit by hand.
  // <send-strings>
  const STRINGS = {"en":{"blocked":"This message contains AI text ({count} passage(s){tools}) but no AI disclosure. Open vermeld and choose “Insert disclosure” before sending.","open_pane":"Insert disclosure","unreachable":"vermeld did not answer; the message was sent without the AI check.","compose_unreachable":"vermeld does not answer: the AI check on send is not working. Start the vermeld service."},"fr":{"blocked":"Ce message contient du texte IA ({count} passage(s){tools}) sans mention IA. Ouvrez vermeld et choisissez « Insérer la mention » avant d’envoyer.","open_pane":"Insérer la mention","unreachable":"vermeld n’a pas répondu ; le message est parti sans contrôle IA.","compose_unreachable":"vermeld ne répond pas : le contrôle IA à l’envoi ne fonctionne pas. Démarrez le service vermeld."},"nl":{"blocked":"Dit bericht bevat AI-tekst ({count} passage(s){tools}) maar geen AI-vermelding. Open vermeld en kies ‘Vermelding invoegen’ voor u verzendt.","open_pane":"Vermelding invoegen","unreachable":"vermeld antwoordde niet; het bericht is verzonden zonder AI-controle.","compose_unreachable":"vermeld antwoordt niet: de AI-controle bij verzenden werkt nu niet. Start de vermeld-dienst."}};
  // </send-strings>

  const ANALYZE_TIMEOUT_MS = 4000;
  const POLICY_TIMEOUT_MS = 3000;
  const SESSION_KEY = "vermeld";  // sessionData entry the task pane writes: {"tool": name, "appended": bool}
  const HEADER = "X-Vermeld-AI";
  const PANE_COMMAND_ID = "vermeldComposePaneButton";  // the compose button's id in manifest/outlook.xml
  const ICON_RESID = "Icon.16x16";
  const MAX_ALERT_CHARS = 500;  // Smart Alerts truncate longer messages

  function strings() {
    const lang = String(Office.context.displayLanguage || "").slice(0, 2).toLowerCase();
    return STRINGS[lang] || STRINGS.en;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  // The service's origin. Classic Outlook exposes the script's URL (Mailbox 1.14); the browser-based
  // runtimes run launchevent.html from the service itself.
  function serviceOrigin() {
    const urls = Office.context.urls;
    const source = (urls && urls.javascriptRuntimeUrl) || (typeof location !== "undefined" ? location.href : "");
    const match = /^https:\/\/[^/?#]+/.exec(source);
    return match ? match[0] : "";
  }

  // fetch with a deadline; setTimeout rather than AbortController, which not every runtime offers.
  function requestJson(method, path, body, timeoutMs, callback) {
    let settled = false;
    function finish(error, value) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      callback(error, value);
    }
    const timer = setTimeout(function () {
      finish(new Error("timeout"));
    }, timeoutMs);
    const init = {method: method, headers: {"Content-Type": "application/json"}};
    if (body !== null) init.body = JSON.stringify(body);
    try {
      fetch(serviceOrigin() + path, init)
          .then(function (response) {
            if (!response.ok) throw new Error("HTTP " + response.status);
            return response.json();
          })
          .then(function (value) {
            finish(null, value);
          }, finish);
    } catch (error) {
      finish(error);
    }
  }

  function notify(item, message, done) {
    item.notificationMessages.addAsync("vermeldUnreachable", {
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: message,
      icon: ICON_RESID,
      persistent: false,
    }, function () {
      done();
    });
  }

  // What the task pane recorded for this item, or null.
  function readMark(item, callback) {
    if (!item.sessionData) {
      callback(null);
      return;
    }
    item.sessionData.getAsync(SESSION_KEY, function (result) {
      if (result.status !== Office.AsyncResultStatus.Succeeded || !result.value) {
        callback(null);
        return;
      }
      try {
        callback(JSON.parse(result.value));
      } catch (error) {
        callback(null);
      }
    });
  }

  function passageTools(analysis) {
    const tools = [];
    const passages = (analysis.ai_content && analysis.ai_content.passages) || [];
    passages.forEach(function (p) {
      if (p.tool && !tools.includes(p.tool)) tools.push(p.tool);
    });
    return tools;
  }

  // Header value for messages with AI content, null otherwise. Only header-safe characters survive.
  function headerValue(analysis, mark) {
    const passages = (analysis.ai_content && analysis.ai_content.passages) || [];
    if (passages.length === 0 && !mark) return null;
    const disclosed = (analysis.disclosure && analysis.disclosure.present) || Boolean(mark && mark.appended);
    if (!disclosed) return "undisclosed";
    const tool = String((mark && mark.tool) || passageTools(analysis)[0] || "").replace(/[^A-Za-z0-9._-]+/g, "-");
    return tool ? "disclosed; tool=" + tool : "disclosed";
  }

  function setHeader(item, value, done) {
    if (value === null || !item.internetHeaders) {
      done();
      return;
    }
    const headers = {};
    headers[HEADER] = value;
    item.internetHeaders.setAsync(headers, function () {
      done();
    });
  }

  function alertOptions(analysis, text) {
    const passages = (analysis.ai_content && analysis.ai_content.passages) || [];
    const tools = passageTools(analysis);
    const message = fill(text.blocked, {count: passages.length, tools: tools.length ? ": " + tools.join(", ") : ""});
    const options = {allowEvent: false, errorMessage: message.slice(0, MAX_ALERT_CHARS)};
    const requirements = Office.context.requirements;
    if (requirements && requirements.isSetSupported("Mailbox", "1.14")) {
      options.cancelLabel = text.open_pane;
      options.commandId = PANE_COMMAND_ID;
    }
    return options;
  }

  function onMessageSendHandler(event) {
    const item = Office.context.mailbox.item;
    const text = strings();
    function failOpen() {
      notify(item, text.unreachable, function () {
        event.completed({allowEvent: true});
      });
    }
    item.body.getAsync(Office.CoercionType.Html, function (bodyResult) {
      if (bodyResult.status !== Office.AsyncResultStatus.Succeeded) {
        failOpen();
        return;
      }
      readMark(item, function (mark) {
        const request = {text: bodyResult.value, format: "html", host: "outlook"};
        requestJson("POST", "/api/v1/analyze", request, ANALYZE_TIMEOUT_MS, function (error, analysis) {
          if (error || !analysis || !analysis.verdict) {
            failOpen();
            return;
          }
          // An armed appendOnSendAsync adds the line after this handler, so the analysed body lacks it.
          const blocked = analysis.verdict.disclosure_required && !(mark && mark.appended);
          setHeader(item, headerValue(analysis, mark), function () {
            event.completed(blocked ? alertOptions(analysis, text) : {allowEvent: true});
          });
        });
      });
    });
  }

  function onNewMessageComposeHandler(event) {
    const item = Office.context.mailbox.item;
    requestJson("GET", "/api/v1/policy", null, POLICY_TIMEOUT_MS, function (error) {
      if (!error) {
        event.completed();
        return;
      }
      notify(item, strings().compose_unreachable, function () {
        event.completed();
      });
    });
  }

  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  Office.actions.associate("onNewMessageComposeHandler", onNewMessageComposeHandler);
})();
