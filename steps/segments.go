package steps

import (
	"context"
	"fmt"
	"strings"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
)

// typeSegments types value, a date as a date input takes it ("2030-12-31", "2030-12-31T09:00"),
// into a date drawn as segments (React Aria's date field, in Medusa's and Spectrum's forms):
// each spin button, named by its part ("month", "day", "year", "hour", "minute", "AM/PM"),
// gets that part's digits, as a reader types them segment by segment, whatever order the
// page's locale puts them in.
func (s *Scenario) typeSegments(ctx context.Context, el *rod.Element, value string) error {
	parts, err := dateParts(value)
	if err != nil {
		return mismatch("%v", err)
	}
	segs, err := el.Context(ctx).Elements("[role=spinbutton]")
	if err != nil {
		return fmt.Errorf("find the date's parts: %w", err)
	}
	for _, seg := range segs {
		name, err := seg.Attribute("aria-label")
		if err != nil || name == nil {
			continue
		}
		part := strings.ToLower(strings.TrimSpace(strings.SplitN(*name, ",", 2)[0]))
		digits, ok := parts[part]
		if !ok {
			continue
		}
		if err := seg.Focus(); err != nil {
			return fmt.Errorf("put the caret in the date's %s: %w", part, err)
		}
		var keys []input.Key
		for _, r := range digits {
			keys = append(keys, input.Key(r))
		}
		if err := s.session.Page.Context(ctx).Keyboard.Type(keys...); err != nil {
			return fmt.Errorf("type the date's %s: %w", part, err)
		}
	}
	return nil
}

// dateParts are the digits of each part of value, a date or time as a date input takes it, by
// the names React Aria gives its segments; the hour on a 12-hour clock, as a field with an
// AM/PM part takes it.
func dateParts(value string) (map[string]string, error) {
	day, clock, _ := strings.Cut(value, "T")
	if !strings.Contains(day, "-") {
		day, clock = "", day // "09:00": a time alone
	}
	parts := map[string]string{}
	if day != "" {
		ymd := strings.Split(day, "-")
		if len(ymd) != 3 {
			return nil, fmt.Errorf("%q is no date to type (want 2030-12-31)", value)
		}
		parts["year"], parts["month"], parts["day"] = ymd[0], ymd[1], ymd[2]
	}
	if clock != "" {
		h, m, ok := strings.Cut(clock, ":")
		if !ok || len(h) != 2 || len(m) < 2 {
			return nil, fmt.Errorf("%q is no time to type (want 09:00)", value)
		}
		hour := int(h[0]-'0')*10 + int(h[1]-'0')
		period := "A"
		if hour >= 12 {
			period = "P"
		}
		twelve := hour % 12
		if twelve == 0 {
			twelve = 12
		}
		parts["hour"], parts["minute"], parts["am/pm"] = fmt.Sprintf("%02d", twelve), m[:2], period
	}
	return parts, nil
}
