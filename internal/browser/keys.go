package browser

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/go-rod/rod/lib/input"
	"github.com/go-rod/rod/lib/proto"
)

// namedKeys are the keys a chord names by their KeyboardEvent.key name ("Space" for " ").
var namedKeys = map[string]input.Key{
	"Control": input.ControlLeft, "Shift": input.ShiftLeft, "Alt": input.AltLeft, "Meta": input.MetaLeft,
	"Enter": input.Enter, "Escape": input.Escape, "Tab": input.Tab, "Backspace": input.Backspace,
	"Delete": input.Delete, "Space": input.Space, "Home": input.Home, "End": input.End,
	"PageUp": input.PageUp, "PageDown": input.PageDown, "ArrowUp": input.ArrowUp,
	"ArrowDown": input.ArrowDown, "ArrowLeft": input.ArrowLeft, "ArrowRight": input.ArrowRight,
	"F1": input.F1, "F2": input.F2, "F3": input.F3, "F4": input.F4, "F5": input.F5, "F6": input.F6,
	"F7": input.F7, "F8": input.F8, "F9": input.F9, "F10": input.F10, "F11": input.F11, "F12": input.F12,
}

// typedKeys are the characters of the keyboard layout the browser is given (US), each a key
// of its own or a shifted one.
const typedKeys = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789`-=[]\\;',./~!@#$%^&*()_+{}|:\"<>?"

// Chord reads a chord as understand names one — modifiers, then one key, joined by "+":
// "Enter", "Control+S", "Control+Shift+P" — into the keys to press, in order.
func Chord(name string) ([]input.Key, error) {
	var keys []input.Key
	shift := false
	parts := strings.Split(name, "+")
	for i, p := range parts {
		k, ok := namedKeys[p]
		switch {
		case ok:
		case len(p) == 1 && strings.Contains(typedKeys, p) && i == len(parts)-1:
			// A letter is the key's own, lower case, unless Shift is held with it.
			if shift {
				p = strings.ToUpper(p)
			} else {
				p = strings.ToLower(p)
			}
			k = input.Key(p[0])
		default:
			return nil, fmt.Errorf("no key %q on the keyboard (in %q)", p, name)
		}
		if i < len(parts)-1 && k.Modifier() == 0 {
			return nil, fmt.Errorf("%q is not a key held down in a chord (in %q)", p, name)
		}
		shift = shift || k == input.ShiftLeft
		keys = append(keys, k)
	}
	if len(keys) == 0 || keys[len(keys)-1].Modifier() != 0 {
		return nil, fmt.Errorf("no key to press in %q", name)
	}
	return keys, nil
}

// Press presses a chord where the page's focus is — the modifiers held down, the last key
// pressed and released, the modifiers released — as a reader at the keyboard would, and
// counts it as activity as Click does.
func (s *Session) Press(ctx context.Context, keys ...input.Key) error {
	if len(keys) == 0 {
		return fmt.Errorf("press: no key")
	}
	// A key that closes its tab (Enter on a pop-up's last form) may never hear back from it.
	ctx, stop := s.WhileOpen(ctx)
	defer stop()
	page := s.Page.Context(ctx)
	mods := 0
	send := func(k input.Key, t proto.InputDispatchKeyEventType) error {
		e := k.Encode(t, mods)
		if mods&(input.ModifierControl|input.ModifierAlt|input.ModifierMeta) != 0 {
			e.Text, e.UnmodifiedText = "", "" // a shortcut types nothing
		}
		if err := e.Call(page); err != nil {
			if s.activity.now().closed {
				return ErrTabClosed
			}
			return err
		}
		return nil
	}
	last := len(keys) - 1
	for _, k := range keys[:last] {
		mods |= k.Modifier()
		if err := send(k, proto.InputDispatchKeyEventTypeKeyDown); err != nil {
			return fmt.Errorf("press %s: %w", k.Info().Key, err)
		}
	}
	for _, t := range []proto.InputDispatchKeyEventType{proto.InputDispatchKeyEventTypeKeyDown, proto.InputDispatchKeyEventTypeKeyUp} {
		if err := send(keys[last], t); err != nil {
			return fmt.Errorf("press %s: %w", keys[last].Info().Key, err)
		}
	}
	for i := last - 1; i >= 0; i-- {
		mods &^= keys[i].Modifier()
		if err := send(keys[i], proto.InputDispatchKeyEventTypeKeyUp); err != nil {
			return fmt.Errorf("release %s: %w", keys[i].Info().Key, err)
		}
	}
	s.activity.acted(time.Now())
	return nil
}
