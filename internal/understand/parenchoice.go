package understand

import (
	"regexp"
	"slices"
	"strings"
)

// listedChoice is a choice whose options the doc lists in parentheses after the list's name:
// "Select a role (Admin, Member, or Viewer)", "Choose the target type (Product, Product Type,
// or Shipping Option).", "Select the slide type (Slide, Subslide, Fragment, Skip, Notes).".
var listedChoice = regexp.MustCompile(`^(?i:(select|choose|pick))\s+(?i:(?:the|a|an)\s+)?([a-z][a-z -]{0,40}?)\s*\(([^()]+)\)\.?$`)

// readListedChoice reads a listedChoice as the doc would have written it with the options
// marked and the list named — "Select **Admin**, **Member**, or **Viewer** from the role
// dropdown": any of the options, in the list the words name. ok is false for any other
// sentence, and for parentheses that hold no such list ("(optional)", "(for example, …)").
func readListedChoice(sentence string) (Meaning, bool) {
	v := listedChoice.FindStringSubmatch(strings.TrimSpace(sentence))
	if v == nil {
		return Meaning{}, false
	}
	options := choiceOptions(v[3])
	if len(options) < 2 {
		return Meaning{}, false
	}
	marked := make([]string, len(options))
	for i, o := range options {
		marked[i] = "**" + o + "**"
	}
	list := strings.Join(marked[:len(marked)-1], ", ") + ", or " + marked[len(marked)-1]
	return Read(v[1] + " " + list + " from the " + strings.TrimSpace(v[2]) + " dropdown."), true
}

// choiceOptions splits "Admin, Member, or Viewer" into its options, each one to three words
// in Title Case; nil when any part is not such a name.
func choiceOptions(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		for _, conj := range []string{"or ", "and "} {
			part = strings.TrimSpace(strings.TrimPrefix(part, conj))
		}
		names := []string{part}
		if before, after, ok := strings.Cut(part, " or "); ok {
			names = []string{strings.TrimSpace(before), strings.TrimSpace(after)} // "Public or Private"
		}
		for _, name := range names {
			if !optionName(name) {
				return nil
			}
			out = append(out, name)
		}
	}
	return out
}

// optionName reports one to three words, each capitalised: "Product Type", "Viewer".
func optionName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return !capitalised(w) })
}
