package steps

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Phrase is one family of doc sentences docdrift knows how to perform. The same list registers
// the godog step definitions and lets `docdrift lint` report, without a browser, the steps no
// phrase matches.
type Phrase struct {
	Name    string         // short name, shown in `docdrift lint` and reports
	Pattern *regexp.Regexp // matched against the Gherkin step text, which is the doc's own words
	Example string         // a real doc sentence it matches; tests keep it true
	bind    func(s *Scenario) any
}

// Vocabulary lists every phrase family in the order a procedure usually uses them. Patterns
// never overlap: godog in strict mode fails a step that two phrases match.
func Vocabulary() []Phrase { return slices.Clone(compiled()) }

func compiled() []Phrase {
	vocabulary.once.Do(func() { vocabulary.phrases = phrases() })
	return vocabulary.phrases
}

// vocabulary is compiled once: lint matches every step of every doc against it. It is a
// plain variable, not an initialiser, because the phrases' actions call Matches in turn.
var vocabulary struct {
	once    sync.Once
	phrases []Phrase
}

func phrases() []Phrase {
	return []Phrase{
		phrase("log in",
			`(?:Log|Sign) (?:in|into|on)(?: to)? (?:the|your) store(?:'s control panel)?(?:,? using the store owner's username(?:/| and )password)?`,
			"Log into the store, using the store owner's username/password.",
			func(s *Scenario) any { return s.logIn }),
		phrase("an account exists",
			`(?:[Aa]n?|[Tt]he) (legacy )?(?:API )?account exists`,
			"a legacy API account exists",
			func(s *Scenario) any { return s.precondition }),
		phrase("navigate",
			`(?:From your store's control panel, )?(?:[Nn]avigate|[Gg]o) to (?:the )?{label}(?: page)?`,
			"Go to **Advanced Settings > Legacy API Settings**.",
			func(s *Scenario) any { return s.navigate }),
		phrase("click at a place",
			`(?:Select|Click|Choose|Press|Tap)(?: on)? (?:the )?{label}(?: button| link)? (?:at|in) the (?:page's |window's |screen's )?{place}`,
			"Select **Save** at the page's lower right-hand corner.",
			func(s *Scenario) any { return s.clickAt }),
		phrase("click an icon in a column",
			`(?:Click|Select) the {words} (?:icon|button) in the {label} column(?:,? (?:and|then) select {label})?`,
			"Click the gears icon in the **Action** column and select **Edit**.",
			func(s *Scenario) any { return s.clickIconInColumn }),
		phrase("click an icon in a column, column first",
			`In the {label} column(?: at (?:the )?(?:right|left))?, (?:click|select) the {words} (?:icon|button) next to the (?:account|user|token)[^.*]*`,
			"In the **Actions** column at right, select the trash-can button next to the account you want to delete.",
			func(s *Scenario) any { return s.clickIconInColumnFirst }),
		phrase("click an icon",
			`(?:Click|Select) the {words} (?:icon|button)`,
			"Click the trash can button.",
			func(s *Scenario) any { return s.clickIcon }),
		phrase("tick the subject's row",
			`(?:Select|Check|Tick) the check ?box next to the (?:user|account|API account|token)`,
			"Select the check box next to the user.",
			func(s *Scenario) any { return s.tickSubjectRow }),
		phrase("answer a confirmation",
			`(?:Click|Select|Press|Choose) {label} in the confirmation (?:prompt|dialog|pop-up|popup|window)`,
			"Click **OK** in the confirmation prompt.",
			func(s *Scenario) any { return s.confirm }),
		phrase("choose an option for a group",
			`(?:Select|Choose|Click) {label} for {label}`,
			"Select **read-only** for **Products**.",
			func(s *Scenario) any { return s.chooseOptionFor }),
		phrase("choose from a dropdown",
			`From the {label} (?:dropdown|drop-down|list|menu), (?:select|choose) {label}`,
			"From the **Stencil-CLI Access Level** dropdown, select **publish theme**.",
			func(s *Scenario) any { return s.chooseFromDropdown }),
		phrase("click if",
			`(?:Select|Click|Choose|Press) (?:the )?{label}(?: button)? if [^*]*`,
			"Select **Save** if you're creating or changing the API account.",
			func(s *Scenario) any { return s.clickNamed }),
		phrase("click",
			`(?:Select|Click|Choose|Press|Tap|Open)(?: on)? (?:the )?{label}(?: (?:button|link|tab|menu item|option|menu))?`,
			"Select **API Accounts**.",
			func(s *Scenario) any { return s.clickNamed }),
		phrase("tick or untick",
			`(Check|Uncheck|Tick|Untick|Clear) (?:the )?{label}(?: check ?box)?`,
			"Check the **Enabled** check box.",
			func(s *Scenario) any { return s.tick }),
		phrase("enter a value",
			`In the {label} (?:field|box|text box), (?:enter|type) {quoted}`,
			`In the **Name** field, enter "Nightly ERP sync".`,
			func(s *Scenario) any { return s.enterValue }),
		phrase("enter a described value",
			`In the {label} (?:field|box|text box), (?:(?:enter|type) )?(?:a |an |the )?[a-z][^"“]*`,
			"In the **Name** field, summarize the purpose for which you will use these credentials.",
			func(s *Scenario) any { return s.enterDescribed }),
		phrase("enter a described value into a field",
			`(?:Type|Enter) (?:the |a |an )?[a-z][^*"“]* in(?:to)? the {label} (?:field|box|text box)`,
			"Type the name of the user in the **Username** box.",
			func(s *Scenario) any { return s.enterDescribed }),
		phrase("copy a field",
			`Copy (?:the contents of )?the {label}(?: field| box)?(?:'s (?:contents|value))? and (?:save|paste) [^*]*`,
			"Copy the **API Path** field's value and paste it into a text editor.",
			func(s *Scenario) any { return s.copyField }),
		phrase("enter a field",
			`(?:Enter|Type|Provide) (?:a|an|the) {label}`,
			"Enter a **Username**.",
			func(s *Scenario) any { return s.enterField }),
		phrase("choose minimal scopes",
			`In the {label} section, select at least the minimal scopes [^*]*`,
			"In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained here).",
			func(s *Scenario) any { return s.chooseMinimalScopes }),
		phrase("see a page",
			`(?:This will (?:display|open|show)|You will see|You should see) the {label} (page|dialog|modal|pop-up|popup|tab|section)(?:,? shown (?:above|below))?`,
			"This will display the **Store API Accounts** page.",
			func(s *Scenario) any { return s.seePage }),
		phrase("a page opens",
			`The {label} (page|dialog|modal|pop-up|popup|tab) (?:opens|appears|is displayed)`,
			"The **Store API Accounts** page opens.",
			func(s *Scenario) any { return s.seePage }),
		phrase("see a pop-up with fields",
			`.*\b(?:display|show|open)s? (?:the|a) (?:pop-up|popup|dialog|modal)\b.*\bcontaining\b.*?(?::| –| —) (?:your )?([^:–—]+?)`,
			"Successfully saving the account will display the pop-up shown below, containing the API credentials that your app will need for OAuth access: your Client ID, Client Secret, and Access Token.",
			func(s *Scenario) any { return s.seeDialogFields }),
		phrase("receive a download",
			`An? (\.?\w+) file containing (?:the same|these|the) (?:credentials|values|details) will (?:also )?(?:download|be downloaded)(?: to your computer)?`,
			"A .txt file containing the same credentials will also download to your computer.",
			func(s *Scenario) any { return s.receiveDownload }),
	}
}

// placeRx names the places on a page writers use to point at a control.
const placeRx = `((?:lower|bottom|upper|top) (?:right|left)(?:-hand)?(?: corner)?|(?:upper|top|lower|bottom|right|left)(?:-hand)?(?: side| corner)?)`

func phrase(name, pattern, example string, bind func(*Scenario) any) Phrase {
	r := strings.NewReplacer(
		"{label}", labelRx,
		"{quoted}", `["“]([^"”]*)["”]`,
		"{words}", `([a-z][a-z•. -]*?)`,
		"{place}", placeRx,
	)
	return Phrase{
		Name:    name,
		Pattern: regexp.MustCompile(`^` + r.Replace(pattern) + `\.?\s*$`),
		Example: example,
		bind:    bind,
	}
}

// Matches returns the phrases that match a step's text. Exactly one is a runnable step; none
// is unsupported phrasing; several is a bug in the vocabulary that tests guard against.
func Matches(text string) []Phrase {
	var out []Phrase
	for _, p := range compiled() {
		if p.Pattern.MatchString(text) {
			out = append(out, p)
		}
	}
	return out
}
