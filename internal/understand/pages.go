package understand

import (
	"slices"
	"strings"
)

// PageGone is the page a step asks to go to by a description that names no label ("Go to the
// user's details page"), in its words; "" for any other step. Such a page is one the doc
// shows the way to elsewhere: see PageOpened.
func PageGone(sentence string) string { return pageGone(Read(sentence)) }

// pageGone is PageGone of a sentence read as m.
func pageGone(m Meaning) string {
	if len(m.Acts) != 1 {
		return ""
	}
	if a := m.Acts[0]; a.Verb == Go && a.Target.Kind == "page" && a.Target.Words != "" && len(a.Target.Labels()) == 0 {
		return a.Target.Words
	}
	return ""
}

// PageOwner is the item whose own page a step goes to, or happens on, in its words: "sales
// channel" for "Go to the sales channel's details page", "workflow" for "In your workflow,
// select **+ Add tag**"; "" for any other step.
func PageOwner(sentence string) string {
	m := Read(sentence)
	if o := owner(pageGone(m)); o != "" {
		return o
	}
	for _, a := range m.Acts {
		for _, w := range a.In {
			if w.Kind == ItemPage && w.Label != "" {
				return w.Label // the item named alone: its own page (see itemAlone)
			}
		}
	}
	return ""
}

// ItemsPage reports a page named as an item's own, in words: "the user's details page", "the
// token's page".
func ItemsPage(t Target) bool {
	return t.Kind == "page" && len(t.Labels()) == 0 && owner(t.Words) != ""
}

// owner is the words before a possessive ending: "sales channel" of "sales channel's
// details"; "" when there is none.
func owner(words string) string {
	words = strings.ReplaceAll(words, "’", "'")
	o, _, ok := strings.Cut(words, "'s ")
	if !ok {
		o, ok = strings.CutSuffix(words, "'s")
	}
	if !ok {
		return ""
	}
	return strings.TrimSpace(o)
}

// PageOpened reports whether sentence says that the page page names has opened ("This opens
// the user's details page where …"), or is a step's outcome there.
func PageOpened(sentence, page string, same func(a, b string) bool) bool {
	for _, a := range Read(sentence).Acts {
		if a.Verb == See && a.Target.Kind == "page" && same(a.Target.Words, page) {
			return true
		}
	}
	return false
}

// HeadingViews reports a task heading that opens its item's page, and no more: "View User
// Details", "Viewing a token".
func HeadingViews(title string) bool { return viewingVerbs[headingVerb(title)] }

// ViewedPage is the page a heading that only views (HeadingViews) opens, in words: one item's
// own page for an item named in the singular ("Customer's details" of "View Customer
// Details", as the heading's object drops "Details"), the list for items in the plural ("View
// Shipping Profiles").
func ViewedPage(title string) string {
	o := HeadingObject(title)
	f := strings.Fields(strings.ToLower(o))
	if len(f) == 0 || owner(o) != "" {
		return o
	}
	if last := strings.Trim(f[len(f)-1], ".,;:!?\"'"); singular(last) == last {
		return o + "'s details"
	}
	return o
}

// viewingVerbs are the verbs of a task that only opens a page.
var viewingVerbs = wordSet(`view open see access display show`)

// SamePage reports whether two descriptions in words name the same page, as a reader takes
// them: "user's details" and "User Details", "the token page" and "tokens".
func SamePage(a, b string) bool {
	pa, pb := pageWords(a), pageWords(b)
	return pa != "" && pa == pb && !itemAndList(a, b)
}

// ShortenedPage reports two descriptions of a page, one the other's name shortened to its
// last words, as a doc does once it has said which ("collection's details" and "Product
// Collection's Details"): the same page when no page is named the short way.
func ShortenedPage(a, b string) bool {
	pa, pb := pageWords(a), pageWords(b)
	return pa != "" && pb != "" && (strings.HasSuffix(pa, " "+pb) || strings.HasSuffix(pb, " "+pa)) && !itemAndList(a, b)
}

// itemAndList reports one description naming an item's own page and the other the list of
// such items: "shipping profile's details" and "Shipping Profiles" are two pages, though a
// reader takes "the token page" for "Tokens" and "the webhook's settings" for "Webhook
// Settings".
func itemAndList(a, b string) bool {
	return pluralOf(itemPageKind(a), b) || pluralOf(itemPageKind(b), a)
}

// itemPageKind is the last word of the item whose own page s names, in the singular:
// "profile" of "shipping profile's details" and of "Shipping Profile Details"; "" when s names
// no item's page.
func itemPageKind(s string) string {
	words := s
	if o := owner(s); o != "" {
		words = o
	} else if before, _, ok := strings.Cut(" "+strings.ToLower(s)+" ", " details "); ok {
		words = before
	} else {
		return ""
	}
	f := strings.Fields(pageWords(words))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// pluralOf reports s naming, in the plural, the list of items whose kind ends in kind:
// "Shipping Profiles" for "profile".
func pluralOf(kind, s string) bool {
	if kind == "" || owner(s) != "" {
		return false
	}
	var last string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ".,;:!?\"'"); w != "" && w != "page" && !determiners[w] {
			last = w
		}
	}
	return last != "details" && last != itemSingular(last) && itemSingular(last) == kind
}

// pageWords are a page's description reduced to what names it: lower-cased, in the singular,
// without articles, possessive endings or the words "page" and "details": an item's page is
// its details page.
func pageWords(s string) string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'"))) {
		w = strings.TrimSuffix(strings.Trim(w, ".,;:!?\"'"), "'s")
		if w == "" || determiners[w] || w == "page" || w == "details" {
			continue
		}
		out = append(out, itemSingular(w))
	}
	return strings.Join(out, " ")
}

// PartOwner is the item whose part a heading's object names, in words: "Product Tag" of
// "Product Tag's Translations"; or, of kinds (the items the doc's other headings name), the
// longest that the object's words begin with and go on past: "product tag" of "Product Tag
// Metadata". "" when it names no item's part ("Product Tag", "Metadata").
func PartOwner(object string, kinds []string) string {
	if o := owner(object); o != "" {
		return o
	}
	words := strings.Fields(strings.ToLower(object))
	best := ""
	for _, kind := range kinds {
		k := strings.Fields(strings.ToLower(kind))
		if len(k) == 0 || len(k) >= len(words) || len(kind) <= len(best) {
			continue
		}
		if slices.EqualFunc(k, words[:len(k)], func(a, b string) bool { return itemSingular(a) == itemSingular(b) }) {
			best = kind
		}
	}
	return best
}
