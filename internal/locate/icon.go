package locate

import (
	"slices"
	"strings"
)

// iconSynonyms groups the words docs use for one icon with the words UIs name it by (in
// accessible names, titles and icon classes like "icon-trash" or "fa-cog").
var iconSynonyms = [][]string{
	{"gear", "gears", "cog", "cogs", "settings"},
	{"trash can", "trash", "trashcan", "bin", "garbage", "delete", "remove"},
	{"ellipsis", "•••", "...", "…", "⋯", "⋮", "more", "more actions", "kebab", "three dots", "dots", "ellipsis-h", "ellipsis-v"},
	{"pencil", "edit", "pen"},
	{"plus", "add", "create", "+"},
	{"close", "×", "x", "✕", "dismiss"},
	{"copy", "clipboard"},
	{"search", "magnifier", "magnifying glass"},
	{"filter", "filters", "funnel"},
	// A drag handle: six dots ("dots-six-vertical", "grip-vertical"), named for what it does.
	{"grip", "dots six", "drag", "drag handle", "handle", "reorder", "move"},
}

// noiseWords are parts of icon class names and descriptions that say nothing about the icon.
var noiseWords = map[string]bool{
	"icon": true, "icons": true, "fa": true, "fas": true, "far": true, "fal": true, "glyphicon": true,
	"bi": true, "mdi": true, "material": true, "ti": true, "la": true, "ion": true, "svg": true,
	"the": true, "button": true, "o": true, "alt": true, "solid": true, "outline": true,
}

// iconGroup returns the synonyms of a described icon ("gears icon" → gear, cog, settings...),
// or just the description's own words when it names an icon the table does not know. The
// icon is named last: "the API token's edit" is the edit icon, whose the words before say.
// An icon set's name puts its variant after the picture ("gear-six", "pencil-simple",
// "trash-2"), so the words' beginnings are tried after their ends.
func iconGroup(description string) [][]string {
	if description == AccountIcon {
		return splitAll(accountNames)
	}
	want := meaningful(words(description))
	for i := range want {
		if g := synonymsOf(strings.Join(want[i:], " ")); g != nil {
			return g
		}
	}
	for j := len(want) - 1; j > 0; j-- {
		if g := synonymsOf(strings.Join(want[:j], " ")); g != nil {
			return g
		}
	}
	for i := len(want) - 2; i > 0; i-- {
		// A picture between a doc's own words: "universal create resource icon" is a plus.
		if g := synonymsOf(want[i]); g != nil {
			return g
		}
	}
	return [][]string{want}
}

// queryIcons are the synonyms of q's icon. A row's "menu icon" is its actions menu, drawn
// as an ellipsis or a kebab: a row has no navigation menu to open.
func queryIcons(q Query) [][]string {
	g := iconGroup(q.Icon)
	if q.Row != "" && slices.Equal(meaningful(words(q.Icon)), []string{"menu"}) {
		g = append(g, synonymsOf("ellipsis")...)
	}
	return g
}

func synonymsOf(named string) [][]string {
	for _, g := range iconSynonyms {
		if slices.Contains(g, named) {
			return splitAll(g)
		}
	}
	return nil
}

// iconRank is how well c answers to q's icon: 0 not at all, 1 it shows the picture, 2 it
// answers to the doc's word for it (q.IconWord), 3 both. A picture in a doc is often a docs
// component's icon name ("x"), which the page's control may draw without naming it, while
// its accessible name says what it does ("Delete title"); a close button drawn the same way
// elsewhere must not be taken for it.
func iconRank(c Candidate, q Query) int {
	rank := 0
	if hasIcon(c, append(queryIcons(q), splitAll(q.IconAlso)...)) || q.Icon == AccountIcon && initialsBadge(c) {
		rank = 1
	}
	if q.IconWord != "" && hasIcon(c, iconGroup(q.IconWord)) {
		rank += 2
	}
	return rank
}

// hasIcon reports whether c shows one of the icon's synonyms, in its name, text, title or
// icon class words.
func hasIcon(c Candidate, group [][]string) bool {
	var seen [][]string
	for _, s := range append([]string{c.Name, c.Text, c.Title}, c.Icons...) {
		seen = append(seen, meaningful(words(s)), []string{fold(s)}) // the latter for "..."
	}
	for _, syn := range group {
		for _, w := range seen {
			if leadingOnly[strings.Join(syn, " ")] && len(w) > 0 && w[0] != syn[0] {
				continue // "Learn more", "Show more": a link or an expander, no "more" menu
			}
			if containsWords(w, syn) {
				return true
			}
		}
	}
	return false
}

// leadingOnly are synonyms that name the icon only at the start of a control's name: "More
// actions" is the ellipsis menu, "Learn more" a link to the docs.
var leadingOnly = map[string]bool{"more": true}

func meaningful(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !noiseWords[w] {
			out = append(out, w)
		}
	}
	return out
}

func splitAll(g []string) [][]string {
	out := make([][]string, 0, len(g))
	for _, s := range g {
		if w := words(s); len(w) > 0 {
			out = append(out, w)
		} else {
			out = append(out, []string{s}) // symbols only: "..." folds to no words
		}
	}
	return out
}
