package locate

import (
	"context"
	"fmt"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// captionJS finds name shown only as a caption — visible text that is no control and holds
// none ("GLOBAL SETTINGS" over the links of a side menu's group), while no visible link,
// button, tab or menu item goes by that name — and returns the group it heads: its nearest
// ancestor that holds a control besides it. null when the page shows no such caption. Case,
// spacing and curly quotes are the reader's (fold); a trailing colon is ignored.
var captionJS = flattree.With(`function (name) {
	const { closestUp, deepAll, up } = FLAT_TREE;
	const fold = (s) => (s || "").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
		.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase().replace(/[:* ]+$/, "");
	const want = fold(name);
	if (!want) return null;
	const shown = (el) => !el.checkVisibility || el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
	const controls = "a[href], button, summary, [role=button], [role=link], [role=tab], [role=menuitem], [role=option], label, input, select, textarea";
	for (const c of deepAll(document, controls))
		if (shown(c) && (fold(c.textContent) === want || fold(c.getAttribute("aria-label")) === want)) return null;
	const caption = deepAll(document, "*").find((el) => el.childElementCount <= 2 && fold(el.textContent) === want &&
		shown(el) && !closestUp(el, controls) && !el.querySelector(controls));
	if (!caption) return null;
	for (let g = up(caption); g; g = up(g))
		if (g.nodeType === 1 && g.querySelector(controls)) return g;
	return null;
}`)

// Caption finds name shown as a caption over a group of controls and not as a control
// itself, and returns the group: in a menu path ("Settings > Global Settings > Webhooks")
// such a name says where the next one is rather than what to click. ok is false when the
// page shows no such caption.
func Caption(ctx context.Context, page *rod.Page, name string) (group *rod.Element, ok bool, err error) {
	p := page.Context(ctx)
	res, err := p.Evaluate(rod.Eval(captionJS, name).ByObject())
	if err != nil {
		return nil, false, fmt.Errorf("look for the caption %q: %w", name, err)
	}
	if res.Subtype != proto.RuntimeRemoteObjectSubtypeNode {
		return nil, false, nil
	}
	el, err := p.ElementFromObject(res)
	if err != nil {
		return nil, false, fmt.Errorf("look for the caption %q: %w", name, err)
	}
	return el, true, nil
}
