package understand

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Keys a doc tells the reader to press ("press **Enter**", "hit Return", "Ctrl+S") are named
// as the DOM's KeyboardEvent.key names them, chords joined by "+" ("Control+Shift+P"), and
// "Space" for the space bar: the names a browser presses.

// keyNames are what docs call the keys that are not characters.
var keyNames = map[string]string{
	"enter": "Enter", "return": "Enter", "esc": "Escape", "escape": "Escape", "tab": "Tab",
	"backspace": "Backspace", "delete": "Delete", "del": "Delete", "space": "Space",
	"spacebar": "Space", "home": "Home", "end": "End", "pageup": "PageUp", "pagedown": "PageDown",
	"up": "ArrowUp", "down": "ArrowDown", "left": "ArrowLeft", "right": "ArrowRight",
	"↑": "ArrowUp", "↓": "ArrowDown", "←": "ArrowLeft", "→": "ArrowRight", "⏎": "Enter", "↵": "Enter",
	"f1": "F1", "f2": "F2", "f3": "F3", "f4": "F4", "f5": "F5", "f6": "F6", "f7": "F7", "f8": "F8",
	"f9": "F9", "f10": "F10", "f11": "F11", "f12": "F12",
}

// plainKeys are the named keys a doc means even without saying "key": no control is called
// "Enter" or "Esc", but "Press **Delete**" is usually a button.
var plainKeys = map[string]bool{"Enter": true, "Escape": true, "Tab": true, "Backspace": true}

// modifierNames are what docs call the keys held down in a chord. The browser here is not a
// Mac, and products bind ⌘ on a Mac to Ctrl elsewhere, so a Mac's Cmd is pressed as Ctrl.
var modifierNames = map[string]string{
	"ctrl": "Control", "control": "Control", "cmd": "Control", "command": "Control", "⌘": "Control",
	"alt": "Alt", "option": "Alt", "opt": "Alt", "⌥": "Alt", "shift": "Shift", "⇧": "Shift",
	"meta": "Meta", "win": "Meta", "windows": "Meta", "super": "Meta",
}

// pressedKeys reads the object of "press" or "hit" as keys on the keyboard, if it is one: a
// chord with modifiers, or a key no control is named after. A character or a key a control
// could be named after needs the doc to say "key" ("Press the **Delete** key").
func pressedKeys(obj []token) (string, bool) {
	var parts []string
	saysKey := false
	for i := 0; i < len(obj); i++ {
		t := obj[i]
		if t.is("the", "a") && len(parts) == 0 || t.isPunct("+") || t.text == "+" {
			continue
		}
		if t.is("key", "keys", "shortcut") {
			saysKey = true
			break
		}
		if t.kind == punct {
			break
		}
		text := t.text
		if t.kind == label && t.mark == markCode && utf8.RuneCountInString(text) == 1 {
			saysKey = true // "Press `R`", a <kbd> key: a character marked so is a key
		}
		if i+1 < len(obj) && obj[i+1].is("arrow") {
			i++ // "the down arrow"
		}
		p := chordParts(text)
		if p == nil {
			break
		}
		parts = append(parts, p...)
	}
	return chord(parts, saysKey)
}

// chordParts splits "Ctrl+Shift+P" into its keys and reads a doc's alternatives for two
// platforms, "Ctrl/Cmd", as the first; nil when a part is not a key.
func chordParts(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "+") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if first, _, ok := strings.Cut(p, "/"); ok && len(p) > 1 {
			p = first
		}
		if keyPart(p) == "" {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// keyPart names one part of a chord, or "" when it is no key.
func keyPart(p string) string {
	if m, ok := modifierNames[strings.ToLower(p)]; ok {
		return m
	}
	if k, ok := keyNames[strings.ToLower(p)]; ok {
		return k
	}
	if r, n := utf8.DecodeRuneInString(p); n == len(p) && r < utf8.RuneSelf && unicode.IsGraphic(r) {
		return strings.ToUpper(p)
	}
	return ""
}

// chord joins parts into a chord when they make one: modifiers, then exactly one key.
func chord(parts []string, saysKey bool) (string, bool) {
	if len(parts) == 0 {
		return "", false
	}
	var mods []string
	for _, p := range parts[:len(parts)-1] {
		m, ok := modifierNames[strings.ToLower(p)]
		if !ok {
			return "", false
		}
		mods = append(mods, m)
	}
	last := parts[len(parts)-1]
	if _, ok := modifierNames[strings.ToLower(last)]; ok {
		return "", false // "Press **Shift**" holds nothing down for a key
	}
	key := keyPart(last)
	if len(mods) == 0 && !saysKey && !plainKeys[key] {
		return "", false
	}
	return strings.Join(append(mods, key), "+"), true
}
