package locate

import "strings"

// Candidate is one visible element as a reader sees it.
type Candidate struct {
	Roles       []Role   `json:"roles"` // the first is its own role; option buttons add Radio
	Name        string   `json:"name"`  // accessible name: aria-label(ledby), label, content, title
	Bare        string   `json:"bare"`  // the name a reader calls it by: "Comments" of "Comments 3", a title over its description
	Text        string   `json:"text"`  // visible text, which may differ from an aria-label
	Title       string   `json:"title"`
	Placeholder string   `json:"placeholder"`
	Icons       []string `json:"icons"`  // icon class words: "icon-trash", "fa-cog", a sprite id
	Column      string   `json:"column"` // header of the table column it sits in
	Row         []string `json:"row"`    // texts of the cells of its table row (not header rows)
	Checked     bool     `json:"checked"`
	Disabled    bool     `json:"disabled"`
	Box         Box      `json:"box"` // in page coordinates

	// Score is the candidate's similarity to the name asked for, 0 to 1, in NotFoundError.
	Score float64 `json:"-"`

	index int // position in the snapshot, to fetch the element
}

// Box is an element's border box in CSS pixels, relative to the top left of the page.
type Box struct {
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// Role is the candidate's own role.
func (c Candidate) Role() Role {
	if len(c.Roles) == 0 {
		return ""
	}
	return c.Roles[0]
}

// Label is how messages name the candidate: its name, else its text, else its caption,
// else its icon.
func (c Candidate) Label() string {
	for _, s := range []string{c.Name, c.Text, c.Title, c.Placeholder, c.Bare} {
		if s != "" {
			return s
		}
	}
	return iconLabel(c.Icons)
}

// iconLabel is what a reader could call an unnamed control by its icons: the first word of
// them that names a picture ("plus", "chevron-right"), not one of a build's generated class
// names ("_icon_zpi3n_519") or an icon set's marker ("n8n-icon", "fa").
func iconLabel(icons []string) string {
	for _, icon := range icons {
		for _, w := range strings.Fields(icon) {
			if !strings.ContainsAny(w, "_0123456789") && !strings.Contains(w, "icon") && !noiseWords[w] {
				return w
			}
		}
	}
	if len(icons) > 0 {
		return icons[0]
	}
	return ""
}

// names are the strings a reader could call the candidate by.
func (c Candidate) names() []string {
	var out []string
	for _, s := range []string{c.Name, c.Bare, c.Text, c.Placeholder, c.Title} {
		if s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
