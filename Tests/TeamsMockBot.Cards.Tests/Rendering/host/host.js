// Renders one card with the official Adaptive Cards renderer and reports every parse and
// validation event, because the renderer drops what it does not understand without failing.
(function () {
  const fg = (d, s) => ({ default: d, subtle: s || d });
  const colors = {
    default: fg("#242424", "#616161"), dark: fg("#242424", "#424242"), light: fg("#ffffff", "#f0f0f0"),
    accent: fg("#4f52b2", "#6264a7"), good: fg("#237b4b", "#3b8a5f"), warning: fg("#835c00", "#8f6a1a"),
    attention: fg("#c4314b", "#c4314b"),
  };
  const style = (backgroundColor) => ({ backgroundColor, foregroundColors: colors });
  const hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 14, large: 20, extraLarge: 28, padding: 16 },
    separator: { lineThickness: 1, lineColor: "#e0e0e0" },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 26 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: style("#ffffff"), emphasis: style("#f5f5f5"), accent: style("#ebebf8"),
      good: style("#e7f2da"), warning: style("#fbf6d9"), attention: style("#fdf3f4"),
    },
    actions: { maxActions: 6, spacing: "default", buttonSpacing: 8, actionsOrientation: "horizontal", actionAlignment: "left",
               showCard: { actionMode: "inline", inlineTopMargin: 8 } },
    inputs: { label: { inputSpacing: "small", requiredInputs: { weight: "bolder", suffix: " *", suffixColor: "attention" },
                       optionalInputs: { weight: "bolder" } },
              errorMessage: { size: "small", spacing: "small", color: "attention" } },
    factSet: { title: { weight: "bolder", wrap: true, maxWidth: 180 }, value: { wrap: true }, spacing: 10 },
  });

  const plainMarkdown = window.markdownit({ html: false, linkify: false });
  // Teams turns bare URLs in markdown into links; the hostile-text test renders that way.
  const linkifyingMarkdown = window.markdownit({ html: false, linkify: true });
  let markdown = plainMarkdown;
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };

  const describe = (e) => ({
    phase: AdaptiveCards.ValidationPhase[e.phase] || String(e.phase),
    event: AdaptiveCards.ValidationEvent[e.event] || String(e.event),
    message: e.message || "",
    source: e.source && e.source.getJsonTypeName ? e.source.getJsonTypeName() : "",
  });

  window.renderCard = (payload) => {
    const host = document.getElementById("card-host");
    host.innerHTML = "";
    const context = new AdaptiveCards.SerializationContext();
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.parse(payload, context);
    const parseEvents = [];
    for (let i = 0; i < context.eventCount; i++) {
      parseEvents.push(describe(context.getEventAt(i)));
    }
    const validationEvents = card.validateProperties().validationEvents.map(describe);
    const rendered = card.render();
    if (rendered) {
      host.appendChild(rendered);
    }
    return {
      parseEvents,
      validationEvents,
      rendered: !!host.querySelector(".ac-adaptiveCard"),
      textBlocks: host.querySelectorAll(".ac-textBlock, .ac-richTextBlock").length,
      texts: Array.from(host.querySelectorAll(".ac-textBlock, .ac-richTextBlock")).map((t) => t.textContent),
      buttons: Array.from(host.querySelectorAll("button.ac-pushButton")).map((b) => b.textContent),
      inputs: Array.from(host.querySelectorAll("[id]")).length,
    };
  };

  // Renders a card whose person-typed fields hold hostile text tagged with `marker`, and reports what
  // that text became: every text node holding the marker and what element it sits in, and every
  // element that markdown or HTML could have made of it.
  window.inspectTypedText = (payload, marker) => {
    markdown = linkifyingMarkdown;
    try {
      const result = window.renderCard(payload);
      const host = document.getElementById("card-host");
      const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
      const placements = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue.includes(marker)) {
          const parent = node.parentElement;
          placements.push({
            inTextRun: !!parent.closest(".ac-textRun"),
            inChoice: !!parent.closest("option, select"),
            element: parent.tagName.toLowerCase() + "." + Array.from(parent.classList).join("."),
          });
        }
      }
      const describe = (e) => e.tagName.toLowerCase() + " " + (e.getAttribute("href") || e.getAttribute("src") || "") + " " + e.textContent;
      return {
        rendered: result.rendered,
        parseEvents: result.parseEvents,
        placements,
        formatted: Array.from(host.querySelectorAll("a, img, strong, em, b, i, h1, h2, h3, h4, h5, h6, script, iframe, at")).map(describe),
        text: host.innerText,
        scripts: host.querySelectorAll("script").length,
      };
    } finally {
      markdown = plainMarkdown;
    }
  };
})();
