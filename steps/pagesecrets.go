package steps

import (
	"context"
	"slices"
	"time"

	"github.com/docdrift/docdrift/internal/flattree"
)

// secretsOnPageJS finds what a page shows that is a credential, and where: every password
// field; every field or text showing a value the run knows is secret; a filled field labelled
// as a credential (Client Secret, Access Token, API Key); a token-like value in a read-only
// field or one whose label mentions a credential, in code (code, pre, kbd, samp), or next to
// a copy-to-clipboard button; any long random-looking word of page text; and text or a
// field's value of a shape the product's profile calls secret (patterns). A new key a product shows once as page text is caught by its shape and its
// place, before any step reads it.
//
// It looks into web components and same-origin frames, and returns the secret values it found
// (the password fields' aside) and the page boxes (the top viewport's coordinates) that hide them, each with the dialog it sits in, if any: a modal
// dialog is in the top layer, above anything a mask could be.
var secretsOnPageJS = flattree.With(`function (known, patterns) {
	const { closestUp, deepAll, inner, offset, rect } = FLAT_TREE; // a key a web component shows is in its shadow root
	const found = [], values = new Set();
	const shapes = patterns.flatMap((p) => { try { return [new RegExp(p)]; } catch (e) { return []; } });
	const tokenish = (s, min) => s.length >= min && !/\s/.test(s) && !s.includes("://") &&
		/[0-9]/.test(s) && /[A-Za-z]/.test(s) && /^[A-Za-z0-9_\-+\/=.:~]+$/.test(s);
	const shows = (el) => el.checkVisibility ? el.checkVisibility() : true;
	// A field is a credential's when its name ends in one — "Client Secret", "API key (required)",
	// "clientSecret" — not when it only mentions one ("Reset password page", "Token duration").
	// The label the reader sees decides; the markup's names only where there is none.
	const credential = /(secret|token|password|passphrase|api.?key|access.?key|private.?key|client.?id)$/i;
	// A read-only field showing something the product just made may say so in a sentence
	// ("Your new password for md2wp is:"): there, mentioning a credential is enough.
	const mentions = /\b(secret|token|password|passphrase|api.?key|access.?key|private.?key|client.?id)\b/i;
	const credentialField = (el) => {
		const seen = [...(el.labels || [])].map((l) => l.textContent).join(" ").trim() || (el.getAttribute("aria-label") || "").trim();
		const names = seen ? [seen] : [el.name, el.id];
		return names.some((n) => credential.test((n || "").replace(/\([^)]*\)|[*:]/g, " ").trim()) ||
			(el.readOnly && mentions.test(n || "")));
	};
	const add = (value, rects, el) => {
		if (value) values.add(value);
		for (const r of rects) if (r.width > 0 && r.height > 0)
			found.push({ x: r.left, y: r.top, w: r.width, h: r.height, dialog: !!closestUp(el, "dialog[open]") });
	};
	for (const el of deepAll(document, "input, textarea")) {
		if (!shows(el) || ["hidden", "checkbox", "radio", "submit", "button"].includes(el.type)) continue;
		const v = (el.value || "").trim();
		const secret = el.type === "password" || (v !== "" && (known.includes(v) ||
			credentialField(el) || (el.readOnly && tokenish(v, 16)) || shapes.some((re) => re.test(v))));
		if (secret) add(el.type === "password" ? "" : v, [rect(el)], el);
	}
	const copyish = /copy|clipboard/i;
	const nearCopy = (el) => {
		for (let box = el.parentElement, hops = 0; box && hops < 3; box = box.parentElement, hops++)
			for (const b of deepAll(box, "button, [role=button]"))
				if (copyish.test([b.getAttribute("aria-label"), b.title, b.textContent, b.className].join(" "))) return true;
		return false;
	};
	const texts = function* () {
		const within = deepAll(document, "*").flatMap((e) => { const r = inner(e); return r ? [r.body || r] : []; });
		for (const root of [document.body || document.documentElement, ...within]) {
			const walker = (root.ownerDocument || root).createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) yield n;
		}
	};
	for (const n of texts()) {
		const el = n.parentElement;
		if (!el || closestUp(el, "script, style, template, [data-docdrift-mask]") || !shows(el)) continue;
		const text = n.data.trim();
		if (text === "") continue;
		const secret = known.some((k) => k.length >= 6 && text.includes(k)) || tokenish(text, 32) ||
			shapes.some((re) => re.test(text)) ||
			(tokenish(text, 16) && (closestUp(el, "code, pre, kbd, samp") || nearCopy(el)));
		if (!secret) continue;
		const range = n.ownerDocument.createRange();
		range.selectNodeContents(n);
		const shaped = shapes.map((re) => text.match(re)).find(Boolean);
		const o = offset(el);
		const boxes = Array.from(range.getClientRects(), (r) => new DOMRect(r.left + o.x, r.top + o.y, r.width, r.height));
		add(known.find((k) => k.length >= 6 && text.includes(k)) || (shaped && shaped[0]) || text, boxes, el);
	}
	return { values: [...values], boxes: found };
}`)

// shownSecrets finds the credentials the page shows and adds them to the run's secrets, so no
// report, log or error carries them; it answers the boxes that hide them. Nothing is found on
// a page that cannot be read: then no screenshot is taken either.
func (s *Scenario) shownSecrets(ctx context.Context) ([]maskBox, bool) {
	_, boxes, ok := s.readShownSecrets(ctx)
	return boxes, ok
}

// readShownSecrets is shownSecrets that also answers the values found.
func (s *Scenario) readShownSecrets(ctx context.Context) ([]string, []maskBox, bool) {
	known := []string{s.cfg.Login.Password}
	for _, v := range s.shown {
		known = append(known, v)
	}
	patterns := make([]string, len(s.cfg.PageSecrets))
	for i, re := range s.cfg.PageSecrets {
		patterns[i] = re.String()
	}
	res, err := s.session.Page.Context(ctx).Eval(secretsOnPageJS, known, patterns)
	if err != nil {
		return nil, nil, false
	}
	var found struct {
		Values []string  `json:"values"`
		Boxes  []maskBox `json:"boxes"`
	}
	if err := res.Value.Unmarshal(&found); err != nil {
		return nil, nil, false
	}
	// A name the run made and typed (into a field the page then shows in clear) is no
	// secret: masking it would mask the run's names in every path and report.
	found.Values = slices.DeleteFunc(found.Values, s.madeName)
	s.cfg.Secrets.Add(found.Values...)
	return found.Values, found.Boxes, true
}

// maskBox is a box of the viewport to cover.
type maskBox struct {
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	W      float64 `json:"w"`
	H      float64 `json:"h"`
	Dialog bool    `json:"dialog"`
}

// noteShownSecrets is shownSecrets for a step that takes no picture: what it showed is
// redacted from everything written all the same.
func (s *Scenario) noteShownSecrets() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s.shownSecrets(ctx)
}
