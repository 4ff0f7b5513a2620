package locate

import (
	"context"
	"slices"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
)

// maxTies bounds the equally good matches weighed against each other.
const maxTies = 20

// weighJS tells, for each of the last look's elements at the indexes given, what a reader
// weighs when several controls answer one name: whether a click at its middle would land on
// something else (a panel drawn over a toolbar's button; one outside the window is not known
// to be covered), and, when the doc names a section (or counts it: "the first section"), how
// near the control sits to it — the size (in elements) of the smallest box around it that
// holds the section (a region, group, fieldset or tab panel of that name, or an element whose
// text is the name: a heading, a panel's title), or -1 — and whether the nearest heading
// before it in that box is the section's.
var weighJS = flattree.With(`function (gen, indexes, section) {
	const { up, rect, hitAt, reaches, deepAll, dialogName } = FLAT_TREE;
	const slot = window[Symbol.for("docdrift.locate")];
	if (!slot || slot.gen !== gen) return null;
	` + sectionJS + `
	const headings = "h1, h2, h3, h4, h5, h6, [role=heading], legend, caption, summary";
	const want = ordinal(norm(section)) ?? norm(section);
	const near = (el) => {
		for (let a = up(el); a; a = up(a)) {
			if (!titled(a, want)) continue;
			const before = deepAll(a, headings).filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
			return { box: a.getElementsByTagName("*").length, follows: !!before && norm(before.textContent) === want };
		}
		return { box: -1, follows: false };
	};
	return indexes.map((i) => {
		const el = slot.els[i], r = rect(el);
		const x = r.left + r.width / 2, y = r.top + r.height / 2;
		const covered = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && !reaches(hitAt(x, y), el);
		return { covered, ...(want ? near(el) : { box: -1, follows: false }) };
	});
}`)

// sectionJS is what the scripts that look for a section share (FLAT_TREE's up, rect, deepAll
// and dialogName in scope): norm, how names compare; titled(a, want), whether a holds the
// section — named for it, or holding an element whose text is its name — asked once per
// element; ordinal(word), for "the first section's header", "the main section", the name of
// the section of the page's content (not its navigation) a heading begins, counted in page
// order — null for a name, undefined for a count the page's headings do not reach.
const sectionJS = `const norm = (s) => (s || "").replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();
	const seen = new Map();
	const titled = (a, want) => {
		if (!seen.has(a)) seen.set(a, norm(dialogName(a)) === want ||
			deepAll(a, "*").some((t) => t.childElementCount <= 2 && norm(t.textContent) === want));
		return seen.get(a);
	};
	function ordinal(word) {
		const n = { first: 0, main: 0, top: 0, second: 1, third: 2, last: -1 }[word];
		if (n === undefined) return null;
		const inContent = deepAll(document, "h1, h2, h3, [role=heading]").filter((h) =>
			!h.closest("nav, aside, [role=navigation], [role=complementary], [role=dialog]") && rect(h).width > 0);
		const h = n < 0 ? inContent[inContent.length - 1] : inContent[n];
		return h ? norm(h.textContent) : undefined;
	}`

// sectionShownJS reports whether the page shows the section a doc names (or counts: "the
// first section" is shown when a heading is there to count, or when none is — a count the run
// cannot check is not held against the doc).
var sectionShownJS = flattree.With(`function (section) {
	const { up, rect, deepAll, dialogName } = FLAT_TREE;
	` + sectionJS + `
	const counted = ordinal(norm(section));
	if (counted !== null) return true;
	return titled(document.documentElement, norm(section));
}`)

// sectionShown reports whether the page shows a section named section (see sectionShownJS);
// true when the page cannot be asked.
func sectionShown(ctx context.Context, page *rod.Page, section string) bool {
	res, err := page.Context(ctx).Eval(sectionShownJS, section)
	return err != nil || res.Value.Bool()
}

// weight is what weighJS answers for one element.
type weight struct {
	Covered bool `json:"covered"`
	Box     int  `json:"box"`
	Follows bool `json:"follows"`
}

// preferred is m, or the one of its equally good ties a reader means: of controls of one name,
// the one in the section the doc names (the nearest to it), then the one of the kind the doc
// calls it (roles, in the order the doc's word asks for them: "the settings button" is the
// list's "View Settings" button rather than the main menu's Settings link), and the one a
// reader can see when something else covers another. With nothing to tell them apart, page
// order decides, as before; a section the page does not show narrows nothing.
func preferred(ctx context.Context, page *rod.Page, s *snapshot, m Match, ties []Candidate, section string, roles []Role) Match {
	if len(ties) == 0 {
		return m
	}
	cands := append([]Candidate{m.Candidate}, ties[:min(len(ties), maxTies)]...)
	indexes := make([]int, len(cands))
	for i, c := range cands {
		indexes[i] = c.index
	}
	res, err := page.Context(ctx).Eval(weighJS, s.Gen, indexes, section)
	if err != nil {
		return m
	}
	var ws []weight
	if err := res.Value.Unmarshal(&ws); err != nil || len(ws) != len(cands) {
		return m
	}
	rank := func(c Candidate) int { // of the roles asked for, the place of c's own; -1 for none
		if len(c.Roles) == 0 {
			return -1
		}
		return slices.Index(roles, c.Roles[0])
	}
	better := func(i, j int) bool { // cands[i] is meant rather than cands[j]
		a, b := ws[i], ws[j]
		ra, rb := rank(cands[i]), rank(cands[j])
		switch {
		case (a.Box >= 0) != (b.Box >= 0):
			return a.Box >= 0
		case a.Box != b.Box:
			return a.Box < b.Box
		case a.Follows != b.Follows:
			return a.Follows
		case ra != rb && ra >= 0 && rb >= 0:
			return ra < rb
		}
		return !a.Covered && b.Covered
	}
	best := 0
	for i := 1; i < len(cands); i++ {
		if better(i, best) {
			best = i
		}
	}
	m.Candidate = cands[best]
	return m
}

// maxUnder bounds the matches weighed for the one under a section's title.
const maxUnder = 100

// underSection is the one of m and its equally good ties that sits under the section's own
// title: the nearest heading before it, in the smallest box holding the title, is the
// section's. ok is false when none does, or several do: which one is meant is then a guess.
func underSection(ctx context.Context, page *rod.Page, s *snapshot, m Match, ties []Candidate, section string) (Match, bool) {
	cands := append([]Candidate{m.Candidate}, ties[:min(len(ties), maxUnder-1)]...)
	indexes := make([]int, len(cands))
	for i, c := range cands {
		indexes[i] = c.index
	}
	res, err := page.Context(ctx).Eval(weighJS, s.Gen, indexes, section)
	if err != nil {
		return m, false
	}
	var ws []weight
	if err := res.Value.Unmarshal(&ws); err != nil || len(ws) != len(cands) {
		return m, false
	}
	best, count := -1, 0
	for i, w := range ws {
		switch {
		case !w.Follows || w.Box < 0:
		case best < 0 || w.Box < ws[best].Box:
			best, count = i, 1
		case w.Box == ws[best].Box:
			count++
		}
	}
	if count != 1 {
		return m, false
	}
	m.Candidate, m.Others = cands[best], 0
	return m, true
}

// atPlace narrows m and its equally good ties to those where the doc puts the control (want),
// m first; with none there, or no place given, it leaves them as they are.
func atPlace(s *snapshot, m Match, ties []Candidate, want Position) (Match, []Candidate) {
	if want == (Position{}) || len(ties) == 0 {
		return m, ties
	}
	var there []Candidate
	for _, c := range append([]Candidate{m.Candidate}, ties...) {
		if (Placement{Box: c.Box, Viewport: s.Viewport, Page: s.Page, Scroll: s.Scroll}).Matches(want) {
			there = append(there, c)
		}
	}
	if len(there) == 0 {
		return m, ties
	}
	m.Candidate = there[0]
	return m, there[1:]
}
