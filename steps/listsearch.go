package steps

import (
	"context"
	"errors"

	"github.com/go-rod/rod"
)

// searchFieldJS finds the list's search field a reader types an item's name into when the item
// is not among the rows shown (a long list, pages of it): a visible search input, or a text
// input named or hinted "Search", outside any dialog; null when there is none.
const searchFieldJS = `() => {
	const named = (el) => /search|filter/i.test([el.getAttribute("aria-label"), el.getAttribute("placeholder"), el.getAttribute("name")].join(" "));
	for (const el of document.querySelectorAll("input[type=search], [role=searchbox], input[type=text], input:not([type])")) {
		if (!el.checkVisibility() || el.disabled || el.readOnly || el.closest("dialog, [role=dialog]")) continue;
		if (el.type === "search" || el.getAttribute("role") === "searchbox" || named(el)) return el;
	}
	return null;
}`

// searchList types name into the page's search field, as a reader looking for one item among
// many does, and waits for the page to settle; it reports whether the page had such a field.
func (s *Scenario) searchList(ctx context.Context, name string) (bool, error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	// Looked for once: the page has settled, and a list without a search has none coming.
	field, err := s.session.Page.Context(ctx).Sleeper(rod.NotFoundSleeper).ElementByJS(rod.Eval(searchFieldJS))
	if err != nil {
		var none *rod.ElementNotFoundError
		if errors.As(err, &none) {
			return false, nil
		}
		return false, err
	}
	if err := s.typeInto(ctx, field, "the list's search", name); err != nil {
		return true, err
	}
	return true, s.settle(ctx)
}
