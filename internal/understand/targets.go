package understand

import (
	"slices"
	"strings"
)

// Targets: the control, list item or page a clause's object names.

// target is the clause's object as a target.
func (c clause) target() Target {
	if len(c.obj.labels) == 0 {
		for _, m := range c.mods {
			// "Enable the SMTP server via the `Enabled` checkbox": the control is the means.
			if (m.prep == "via" || m.prep == "using") && len(m.np.labels) > 0 && m.np.kind != "" {
				return targetOf(m.np)
			}
			// "Check the box next to **I understand**": a check box is named by the words
			// beside it.
			if namesBox(c.obj, m) {
				t := targetOf(m.np)
				t.Kind = "checkbox"
				return t
			}
			if onlyABox(c.obj) && besideItem(m) {
				// "the box next to the policy", "the box on the left side of the entries'
				// record": the item's own box, in its row.
				return Target{Kind: boxKind(c.obj), Subject: true, Item: itemOf(m.np)}
			}
			if item := itemBeside(m); item != "" && onlyABox(c.obj) {
				// "enable the toggle next to the currency": the box in that item's row — the
				// one a step before ticked, or the run's own.
				return Target{Kind: boxKind(c.obj), Subject: true, Item: item}
			}
		}
	}
	return targetOf(c.obj)
}

// namesBox reports the words beside a check box that name it: "the box next to **I
// understand**".
func namesBox(o phrase, m modifier) bool {
	return (m.prep == "next to" || m.prep == "beside") && len(m.np.labels) > 0 && onlyABox(o)
}

// besideItem reports a place beside the procedure's item or in its row: "next to the user",
// "at the front of its row", "on the left side of the entries' record".
func besideItem(m modifier) bool {
	if !slices.Contains([]string{"next to", "beside", "for", "of", "in", "on", "at"}, m.prep) || len(m.np.labels) > 0 {
		return false
	}
	return m.np.subject || itemsRow(m.np.raw) || namedItem(m.np)
}

// itemBeside is the kind of item a box sits beside when the words name the item by its kind
// alone, in the singular: "currency" in "next to the currency"; "" for a place, a control, a
// piece of text ("the name") or anything more.
func itemBeside(m modifier) string {
	np := m.np
	if (m.prep != "next to" && m.prep != "beside") || len(np.labels) > 0 || np.icon != "" || np.kind != "" ||
		len(np.words) != 1 || len(np.raw) == 0 || !np.raw[0].is("the", "each") {
		return ""
	}
	w := strings.ToLower(np.words[0])
	if _, control := controlKinds[w]; control || containerKinds[w] || placeWords[w] || anyItem[w] || textNouns[w] || determiners[w] {
		return ""
	}
	return itemSingular(w)
}

// textNouns are the parts of an item's row that are text, not an item: "the box next to the
// name".
var textNouns = wordSet(`name label title description heading caption text value status`)

// boxKind is "switch" for a box the doc calls a toggle or a switch, else "checkbox": a row
// may hold both, its select box and a switch of a setting (Medusa's currencies).
func boxKind(o phrase) string {
	if slices.ContainsFunc(o.raw, func(t token) bool { return t.is("toggle", "switch") }) {
		return "switch"
	}
	return "checkbox"
}

// namedItem reports "the folder name", "the entry's name": an item of a list by its name,
// whatever the list holds — beside a check box, the box of that item's row.
func namedItem(p phrase) bool {
	if len(p.words) != 2 || !strings.EqualFold(p.words[1], "name") || determiners[strings.ToLower(p.words[0])] {
		return false
	}
	// "your user name" is the reader's own, not an item's.
	return !slices.ContainsFunc(p.raw, func(t token) bool { return t.is("your", "my", "our") })
}

// onlyABox reports an object that is a check box and nothing more: "the box", "the checkbox",
// "the toggle".
func onlyABox(o phrase) bool {
	if len(o.labels) > 0 || o.icon != "" || o.subject {
		return false
	}
	if o.kind == "checkbox" {
		return len(o.words) == 0
	}
	return o.kind == "" && len(o.words) == 1 && (o.words[0] == "box" || controlKinds[singular(strings.ToLower(o.words[0]))] == "checkbox")
}

func targetOf(o phrase) Target {
	t := Target{Kind: o.kind, Icon: o.icon, IconWord: o.iconWord, Subject: o.subject}
	switch {
	case len(o.labels) > 1 && o.any:
		t.Any = o.labels
	case len(o.labels) > 0 && o.path:
		t.Path = o.labels
	case len(o.labels) > 0:
		// "**A**, **B** and **C**" without "or": a list; the last named is the one to act on
		// for a click, every one for a copy or a check (see listTarget).
		t.Path = o.labels[len(o.labels)-1:]
		if len(o.labels) > 1 {
			t.Any = o.labels[:len(o.labels)-1]
		}
	case o.value != "" && o.icon == "" && namedControl(o) != "":
		// "the checkbox labelled **Read-only**": a control is named by its label.
		t.Path, t.Kind = []string{o.value}, namedControl(o)
	case o.icon == "" && !o.subject:
		t.Words = o.text()
	}
	if t.Subject && len(t.Path) == 0 {
		t.Words = ""
		t.Item = itemOf(o)
		if t.Kind == "" && len(o.words) == 1 && singular(strings.ToLower(o.words[0])) == "row" {
			// "Hover over the row": the item's row in its list, or a row of what an open
			// dialog edits; the run decides by what the page shows.
			t.Kind = "row"
		}
	}
	return t
}

// anyItem are nouns for an item of any kind: "the one you want to delete", "the row to edit".
var anyItem = wordSet(`one it them item entry row record line element thing`)

// itemOf is the noun a phrase naming the procedure's item calls it by, in the singular: the
// last word before what says which ("the tag you want to change", "the administrator whose
// account you want to edit", "the folder to be edited"); "" when nothing says which, or the
// phrase is a clause of its own ("Confirm you want to delete them": no noun before "to").
func itemOf(o phrase) string {
	if len(o.raw) > 0 && o.raw[0].is("you", "we", "they") {
		return ""
	}
	for i, t := range o.raw {
		if i == 0 || !t.is("you", "to", "that", "which") {
			continue
		}
		if n := itemSingular(o.raw[i-1].lower); o.raw[i-1].kind == word && !determiners[n] && !anyItem[n] {
			return n
		}
		return ""
	}
	return ""
}

// namedControl is the kind of control a phrase names with no label of its own ("the
// checkbox", "a button"), or "".
func namedControl(o phrase) string {
	k := o.kind
	if k == "" && len(o.words) == 1 {
		k = controlKinds[singular(strings.ToLower(o.words[0]))]
	}
	switch k {
	case "checkbox", "button", "link", "tab", "option", "menu":
		return k
	}
	return ""
}

// listTarget is every label or comma-separated item of the object: "Copy your **Client ID**
// and **Client Secret**", "Copy your client ID and client secret".
func (c clause) listTarget() Target {
	t := Target{Kind: c.obj.kind}
	if len(c.obj.labels) > 0 {
		t.Path = c.obj.labels
		return t
	}
	for _, item := range splitList(joinWords(c.obj.raw)) {
		t.Any = append(t.Any, item)
	}
	return t
}

// whereShown are words after a name that say where it shows, or what it goes with ("the
// drop-down list related to the permission").
var whereShown = wordSet(`displayed shown listed visible generated highlighted above below
	related associated corresponding`)

func splitList(s string) []string {
	var out []string
	s = strings.NewReplacer(" and ", ",", " or ", ",", ", and", ",", ", or", ",").Replace(s)
	for _, item := range strings.Split(s, ",") {
		f := strings.Fields(item)
		for len(f) > 0 && determiners[strings.ToLower(f[0])] {
			f = f[1:]
		}
		for i := 1; i < len(f); i++ {
			if whereShown[strings.ToLower(f[i])] {
				f = f[:i] // "the token displayed at the top": where it shows is not its name
				break
			}
		}
		if len(f) > 0 {
			out = append(out, strings.Trim(strings.Join(f, " "), "."))
		}
	}
	return out
}

// itemPlace reads a place that is the procedure's own item said by which one it is, "the
// execution you want to retry": its target, Item set; nil for any other place ("your
// workflow" is the item's page, "the upper right corner" a side).
func itemPlace(ts []token) *Target {
	p := readPhrase(ts)
	if !p.subject || len(p.labels) > 0 || p.kind != "" || p.place != "" {
		return nil
	}
	item := itemOf(p)
	if item == "" {
		return nil
	}
	return &Target{Subject: true, Item: item}
}
