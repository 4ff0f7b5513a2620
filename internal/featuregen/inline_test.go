package featuregen

import (
	"strings"
	"testing"
)

func TestCleanMarkup(t *testing.T) {
	tests := []struct{ name, markup, want string }{
		{"emphasis kept", "Select **Save** at the page's lower right-hand corner.",
			"Select **Save** at the page's lower right-hand corner."},
		{"html link reduced to its text",
			`In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained <a href="#request_scopes" target="_blank">here</a>). `,
			"In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained here)."},
		{"entity decoded, nbsp collapsed", "your **Client ID** and **Access&#160;Token** &ndash; done",
			"your **Client ID** and **Access Token** – done"},
		{"markdown link and escapes",
			`Open the Amazon S3 console at [https://console\.aws\.amazon\.com/s3/](https://console.aws.amazon.com/s3/)\.`,
			"Open the Amazon S3 console at https://console.aws.amazon.com/s3/."},
		{"link text keeps its emphasis",
			"You can refer to the [**Permission References**](../../administration/robot-accounts/_index.md#permission-references) to assign",
			"You can refer to the **Permission References** to assign"},
		{"markdown image as alt text",
			"Expand ![Expansion selector]({% link assets/icon-display-expand.png %}) **Search Engine Optimization**.",
			"Expand [Expansion selector] **Search Engine Optimization**."},
		{"button span", `Click <span class="btn">Save</span> and continue.`, "Click **Save** and continue."},
		{"MDX icon component as its alt text", // Medusa's user guide (testdata/heldout)
			`Click the <InlineIcon Icon={EllipsisHorizontal} alt="three-dots" /> in the first section's header.`,
			"Click the [three-dots] in the first section's header."},
		{"a component without alt text shows nothing", `Press <Kbd /> now.`, "Press now."},
		{"a key as code, so a reader still sees it is one", `Press <Kbd>R</Kbd> or <kbd>Ctrl</kbd>+<kbd>S</kbd>.`, "Press `R` or `Ctrl`+`S`."},
		{"HTML emphasis as Markdown's", `Click <b>Save changes</b>, then <strong>Close</strong> or <em>Cancel</em>.`, "Click **Save changes**, then **Close** or *Cancel*."},
		{"a button's span in bold, other spans as text", `Click <span class="action btn">Remove <span class="x">from</span> Update</span> in <span>the bar</span>.`, "Click **Remove from Update** in the bar."},
		{"an icon component by its name", `Click the edit button <Icon name="pencil-simple" /> of the role.`,
			"Click the edit button [pencil-simple] of the role."},
		{"an icon set's icon by its name in the set", `Click <Icon icon='mdi:delete-outline' fontSize='24' /> to remove it.`,
			"Click [delete-outline] to remove it."},
		{"an icon component named for its picture", `Click the pencil (<EditIcon />) on the row.`,
			"Click the pencil ([edit]) on the row."},
		{"an icon whose name is code shows nothing", `Click <Icon name={icons.gear} /> now.`, "Click now."},
		{"kramdown attribute list", "Choose `Yes`.{: .note}", "Choose `Yes`."},
		{"edition marker kept for understand", "{:.ee-only}For **Enable Page**, choose `Yes`.", "{:.ee-only}For **Enable Page**, choose `Yes`."},
		{"edition marker only at the start", "For **Page**{:.ee-only}, choose `Yes`.", "For **Page**, choose `Yes`."},
		{"template tags and variables", "Under {% data variables.product.x %} click {% octicon \"gear\" %} **Settings**.", "Under click **Settings**."},
		{"mdx fragment", "<>{shared['x'].text}</> and more", "and more"},
		{"nomarkdown html image",
			`Choose the {::nomarkdown}<img src="{{site.url}}/images/icons/green-plus-icon.png" class="inline-icon" alt="green plus icon"/>{:/} (add) icon of the selected field.`,
			"Choose the [green plus icon] (add) icon of the selected field."},
		{"line breaks and indentation collapse", "Select **API Accounts**.\n    This will display\tthe page.",
			"Select **API Accounts**. This will display the page."},
		{"code span verbatim", "Set `a &amp; <b>` to `Yes`.", "Set `a &amp; <b>` to `Yes`."},
		{"double backtick code span", "Run ``echo `x` `` now", "Run ``echo `x` `` now"},
		{"unclosed backtick is text", "Call`#put, passing", "Call`#put, passing"},
		{"br becomes a space", "copy your<br>**Client ID**", "copy your **Client ID**"},
		{"html comment dropped", "Select **A**. <!-- docdrift: skip --> Done.", "Select **A**. Done."},
		{"autolink", "Go to <https://example.com/a>.", "Go to https://example.com/a."},
		{"unknown entity kept", "Use &bogus; here", "Use &bogus; here"},
		{"lone brackets kept", "Choose [optional] value (see", "Choose [optional] value (see"},
		{"control characters dropped", "Select\x00 **A**\x7f.", "Select **A**."},
		{"empty", "  \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cleanMarkup(tt.markup)
			if got.text != tt.want {
				t.Errorf("cleanMarkup(%q)\n got %q\nwant %q", tt.markup, got.text, tt.want)
			}
			if len(got.off) != len(got.text) {
				t.Fatalf("%d offsets for %d bytes", len(got.off), len(got.text))
			}
			for i, o := range got.off {
				if o < 0 || int(o) >= len(tt.markup) || (i > 0 && o < got.off[i-1]) {
					t.Fatalf("offset %d of byte %d is out of order or range", o, i)
				}
			}
		})
	}
}

func TestCleanMarkupOffsets(t *testing.T) {
	markup := "Select <b>API</b> now.\n   This will display it."
	got := cleanMarkup(markup)
	for _, probe := range []string{"API", "now", "This"} {
		i := strings.Index(got.text, probe)
		if j := strings.Index(markup, probe); int(got.off[i]) != j {
			t.Errorf("%q at text byte %d maps to markup byte %d, want %d", probe, i, got.off[i], j)
		}
	}
}
