package locate

import (
	"strings"
	"unicode"
)

// AccountIcon is the icon of the signed-in reader's own account control: the avatar, profile
// picture or initials a web app puts in a corner to open the account's menu. The bare word
// "account" never finds it ("Delete account" is no such control); what such controls are
// called does, and so does a badge of initials over the name they stand for.
const AccountIcon = "account"

// accountNames are what apps call the account control in names, titles and icon classes.
var accountNames = []string{"avatar", "profile picture", "profile photo", "profile image", "user menu",
	"account menu", "profile menu", "user navigation", "my account", "user avatar"}

// initialsBadge reports whether c shows a badge of initials and the name they abbreviate
// ("DA" over a visually hidden "Docdrift Admin"): how many apps draw the account control.
func initialsBadge(c Candidate) bool {
	for _, s := range []string{c.Text, c.Name} {
		f := strings.Fields(s)
		if len(f) > 1 && initialsOf(f[0], f[1:]) {
			return true
		}
		if other := strings.Fields(c.Name); len(f) == 1 && s == c.Text && len(other) > 0 && initialsOf(f[0], other) {
			return true
		}
	}
	return false
}

// initialsOf reports whether badge is one to three capitals, the first letters of name's
// words in order (the first and last word's when the name is longer) — or, over a name of one
// word (the account's username, "DA" over "docdrift-7"), its first letter, unless the badge
// spells the word's start ("EN" over "English" is a language).
func initialsOf(badge string, name []string) bool {
	r := []rune(badge)
	if len(r) == 0 || len(r) > 3 {
		return false
	}
	for _, x := range r {
		if !unicode.IsUpper(x) {
			return false
		}
	}
	first := func(w string) rune { return unicode.ToUpper([]rune(w)[0]) }
	if len(name) == 1 && len(r) > 1 {
		return first(name[0]) == r[0] && !strings.HasPrefix(strings.ToUpper(name[0]), badge)
	}
	if len(name) == len(r) {
		for i, w := range name {
			if first(w) != r[i] {
				return false
			}
		}
		return true
	}
	return len(r) == 2 && len(name) > 2 && first(name[0]) == r[0] && first(name[len(name)-1]) == r[1]
}
