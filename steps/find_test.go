package steps

import (
	"fmt"
	"testing"

	"github.com/docdrift/docdrift/internal/locate"
)

func TestConfiguredQuery(t *testing.T) {
	cfg := &Config{
		Aliases: map[string]string{"Legacy API Accounts": "Legacy API Settings"},
		Icons:   map[string][]string{"gears": {"More actions"}},
	}
	tests := []struct {
		in   locate.Query
		want string
	}{
		{locate.Query{Name: "Legacy API Accounts"}, `name "Legacy API Settings" icon "" also []`},
		{locate.Query{Name: "API Accounts"}, `name "API Accounts" icon "" also []`},
		{locate.Query{Icon: "Gears icon"}, `name "" icon "Gears icon" also [More actions]`},
		{locate.Query{Icon: "trash can"}, `name "" icon "trash can" also []`},
	}
	for _, tt := range tests {
		q := cfg.configured(tt.in)
		if got := fmt.Sprintf("name %q icon %q also %v", q.Name, q.Icon, q.IconAlso); got != tt.want {
			t.Errorf("configured(%+v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
