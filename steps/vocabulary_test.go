package steps

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/docdrift/docdrift/internal/featuregen"
)

func TestEveryExampleMatchesOnlyItsPhrase(t *testing.T) {
	for _, p := range Vocabulary() {
		got := Matches(p.Example)
		if len(got) != 1 || got[0].Name != p.Name {
			names := []string{}
			for _, g := range got {
				names = append(names, g.Name)
			}
			t.Errorf("example of %q matches %v", p.Name, names)
		}
	}
}

func TestPhrasings(t *testing.T) {
	tests := []struct {
		text, phrase string
	}{
		{"Log into the store.", "log in"},
		{"Log into your store's control panel.", "log in"},
		{"Select **Advanced Settings**.", "click"},
		{"Click **Create a Legacy API Account**.", "click"},
		{"Select the **Save** button.", "click"},
		{"Click the **Generate New Token** button.", "click"},
		{"Navigate to **Settings** > **Store-level API accounts**.", "navigate"},
		{"From your store's control panel, go to **Advanced Settings > Legacy API Settings**.", "navigate"},
		{"Go to **Settings › API**.", "navigate"},
		{"Select **Save** at the page's lower right-hand corner.", "click at a place"},
		{"Select **LOG IN** at the upper right.", "click at a place"},
		{"Click the gears icon in the **Action** column and select **Edit**.", "click an icon in a column"},
		{"Select the gears icon in the **Action** column, then select **Edit**.", "click an icon in a column"},
		{"Click the trash can button.", "click an icon"},
		{"Select the trash-can button.", "click an icon"},
		{"Select the check box next to the user.", "tick the subject's row"},
		{"Click **OK** in the confirmation prompt.", "answer a confirmation"},
		{"Select **OK** in the confirmation prompt.", "answer a confirmation"},
		{`In the **Name** field, enter "nightly sync".`, "enter a value"},
		{"In the **Name** field, summarize the purpose for which you will use these credentials.", "enter a described value"},
		{"Enter a **Username**.", "enter a field"},
		{"In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained here).", "choose minimal scopes"},
		{"This will display the **Store API Accounts** page.", "see a page"},
		{"This will display the **Create API Account** page shown above.", "see a page"},
		{"This will display the **Store API Accounts** page, shown below.", "see a page"},
		{"The **Create API Account** page opens.", "a page opens"},
		{"Select **read-only** for **Products**.", "choose an option for a group"},
		{"A .txt file containing the same credentials will also download to your computer.", "receive a download"},
		{"a legacy API account exists", "an account exists"},
		{"Copy the **API Path** field's contents and save it to a file.", "copy a field"},
		{"Copy the contents of the **API Token** box and paste this value into a text editor.", "copy a field"},
		{"Type the name of the user in the **Username** box.", "enter a described value into a field"},
		{"In the **Actions** column at right, select the trash-can button next to the account you want to delete.", "click an icon in a column, column first"},
		{"Wave at the screen.", ""},
		{"Provide the user name, API base path, and API token to the app developer using a secure channel.", ""},
		{"Select **Save** if you're creating or changing the API account.", "click if"},
	}
	for _, tt := range tests {
		got := Matches(tt.text)
		switch {
		case tt.phrase == "" && len(got) != 0:
			t.Errorf("%q matches %q, want no phrase", tt.text, got[0].Name)
		case tt.phrase != "" && len(got) != 1:
			t.Errorf("%q matches %d phrases, want %q", tt.text, len(got), tt.phrase)
		case tt.phrase != "" && got[0].Name != tt.phrase:
			t.Errorf("%q matches %q, want %q", tt.text, got[0].Name, tt.phrase)
		}
	}
}

// The reference draft is the product's promise: every step of its generated feature must be
// one docdrift can perform.
func TestReferenceDraftStepsAreAllDefined(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "features", "_api_oauth_tokens.feature"))
	if err != nil {
		t.Fatal(err)
	}
	lm, err := featuregen.ReadLineMap(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range lm.Scenarios {
		for _, st := range sc.Steps {
			if n := len(Matches(st.Text)); n != 1 {
				t.Errorf("%s: step %s %q matches %d phrases, want 1", st.At, st.DocStep, st.Text, n)
			}
		}
	}
}

func TestLabelPath(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"**API Accounts**", []string{"API Accounts"}},
		{"**Advanced Settings** > **API Accounts**", []string{"Advanced Settings", "API Accounts"}},
		{"**Advanced Settings > Legacy API Settings**", []string{"Advanced Settings", "Legacy API Settings"}},
		{"**Settings › API**", []string{"Settings", "API"}},
		{"`Name`", []string{"Name"}},
		{`"OK"`, []string{"OK"}},
		{"_Edit_", []string{"Edit"}},
		{"**Access\u00a0Token**", []string{"Access Token"}},
	}
	for _, tt := range tests {
		got := LabelPath(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("LabelPath(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("LabelPath(%q) = %q, want %q", tt.in, got, tt.want)
			}
		}
	}
}

// godog passes one string per capture group: a handler with another arity fails at run time.
func TestHandlersTakeOneStringPerGroup(t *testing.T) {
	s := &Scenario{}
	for _, p := range Vocabulary() {
		fn := reflect.TypeOf(p.bind(s))
		if fn.Kind() != reflect.Func || fn.NumIn() == 0 || fn.In(0) != reflect.TypeFor[context.Context]() {
			t.Errorf("%s: handler %v must take a context first", p.Name, fn)
			continue
		}
		if got, want := fn.NumIn()-1, p.Pattern.NumSubexp(); got != want {
			t.Errorf("%s: handler takes %d strings, pattern has %d groups", p.Name, got, want)
		}
		for i := 1; i < fn.NumIn(); i++ {
			if fn.In(i).Kind() != reflect.String {
				t.Errorf("%s: argument %d is %v, want string", p.Name, i, fn.In(i))
			}
		}
	}
}

func TestLabelsIn(t *testing.T) {
	tests := map[string][]string{
		"Client ID, Client Secret, and Access Token":             {"Client ID", "Client Secret", "Access Token"},
		"**Client ID**, **Client Secret**, and **Access Token**": {"Client ID", "Client Secret", "Access Token"},
		"Client ID and Client Secret":                            {"Client ID", "Client Secret"},
		"Access\u00a0Token":                                      {"Access Token"},
	}
	for in, want := range tests {
		if got := labelsIn(in); !reflect.DeepEqual(got, want) {
			t.Errorf("labelsIn(%q) = %q, want %q", in, got, want)
		}
	}
}
