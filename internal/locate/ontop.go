package locate

import (
	"context"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
)

// maxTies bounds the equally good matches checked for being under another element.
const maxTies = 20

// coveredJS tells, for each of the last look's elements at the indexes given, whether a click
// at its middle would land on something else: a panel drawn over a toolbar's button, a sticky
// bar's copy over the page's. One outside the window is not known to be covered.
var coveredJS = flattree.With(`function (gen, indexes) {
	const { up, rect, hitAt } = FLAT_TREE;
	const slot = window[Symbol.for("docdrift.locate")];
	if (!slot || slot.gen !== gen) return null;
	return indexes.map((i) => {
		const el = slot.els[i], r = rect(el);
		const x = r.left + r.width / 2, y = r.top + r.height / 2;
		if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
		const hit = hitAt(x, y);
		for (const own of [el, ...(el.labels || [])]) for (let n = hit; n; n = up(n)) if (n === own) return false;
		return true;
	});
}`)

// onTop is m, or the first of its ties a reader can see when something else covers m: of two
// controls of one name drawn in the same place, the one on top is the one a reader means.
func onTop(ctx context.Context, page *rod.Page, s *snapshot, m Match, ties []Candidate) Match {
	if len(ties) == 0 {
		return m
	}
	ties = ties[:min(len(ties), maxTies)]
	indexes := []int{m.index}
	for _, c := range ties {
		indexes = append(indexes, c.index)
	}
	res, err := page.Context(ctx).Eval(coveredJS, s.Gen, indexes)
	if err != nil {
		return m
	}
	var covered []bool
	if err := res.Value.Unmarshal(&covered); err != nil || len(covered) != len(indexes) || !covered[0] {
		return m
	}
	for i, c := range ties {
		if !covered[i+1] {
			m.Candidate = c
			return m
		}
	}
	return m
}
