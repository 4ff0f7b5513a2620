package understand

import (
	"slices"
	"strings"
)

// AccountIcon is the icon a target names when it is the signed-in reader's own account
// control: the avatar, profile picture or initials most web apps put in a corner, which opens
// the account's menu ("click your profile picture", "Select your avatar in the top-right
// corner", "**Path:** Account name or initials (bottom left hand corner) > Profile").
const AccountIcon = "account"

// ownAccount reports whether unmarked words name the reader's own account control, not
// someone else's ("a user's profile picture", "their avatar") and not a field ("your
// username" is typed).
func ownAccount(words []string) bool {
	var w []string
	for _, x := range words {
		x = strings.ToLower(strings.Trim(x, ".,"))
		switch {
		case strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s") || x == "their" || x == "his" || x == "her":
			return false
		case x != "" && !determiners[x] && x != "or":
			w = append(w, x)
		}
	}
	pairs := func(firsts, seconds []string) bool {
		for i := 0; i+1 < len(w); i++ {
			if slices.Contains(firsts, w[i]) && slices.Contains(seconds, w[i+1]) {
				return true
			}
		}
		return false
	}
	switch {
	case len(w) == 0 || len(w) > 5:
		return false
	case slices.Contains(w, "avatar") || slices.Contains(w, "initials"):
		return true
	}
	return pairs([]string{"profile"}, []string{"picture", "photo", "image", "pic", "icon", "menu"}) ||
		pairs([]string{"account", "user"}, []string{"menu", "icon"})
}
