package steps

import (
	"context"
	"fmt"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
)

// openMenuJS names a menu or list open on the page that does not hold the element — one an
// earlier step opened and the doc left ("Click the add button <plus> to add a new field"
// opens the list of fields; the next step deletes another field) — or returns "" when there
// is none. Many menus make the rest of the page unclickable while open (Radix's modal menus
// set pointer-events: none on the body).
const openMenuJS = `function () {
	for (const m of document.querySelectorAll("[role=menu], [role=listbox]")) {
		if (m.contains(this) || !m.getClientRects().length || getComputedStyle(m).visibility === "hidden") continue;
		// Only a menu that popped up from a control: a list always shown is the page's own.
		const opener = (m.id && document.querySelector('[aria-controls="' + CSS.escape(m.id) + '"][aria-expanded=true]')) ||
			document.querySelector("[aria-haspopup][aria-expanded=true]");
		if (!opener) continue;
		const name = (m.getAttribute("aria-label") || "").trim();
		return name ? "the " + JSON.stringify(name) + " " + m.getAttribute("role") : "the open " + m.getAttribute("role");
	}
	return "";
}`

// closeLeftMenu closes, with Escape, a menu a previous step left open when it keeps el out of
// reach, as a reader closes a menu they no longer use before clicking elsewhere, and notes it
// on the step. It reports whether it closed one.
func (s *Scenario) closeLeftMenu(ctx context.Context, el *rod.Element) bool {
	res, err := el.Context(ctx).Eval(openMenuJS)
	if err != nil || res.Value.Str() == "" {
		return false
	}
	menu := res.Value.Str()
	if s.session.Press(ctx, input.Escape) != nil || s.settle(ctx) != nil {
		return false
	}
	if still, err := el.Context(ctx).Eval(openMenuJS); err != nil || still.Value.Str() != "" {
		return false
	}
	s.notes = append(s.notes, fmt.Sprintf("closed %s with Escape: an earlier step left it open and this step acts outside it", menu))
	return true
}
