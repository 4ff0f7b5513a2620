package steps

import "testing"

// "Choose **Calculated** …" over a group of cards that are radio buttons, each named by a
// label inside it and described by the words under it (Medusa's price type, a Radix radio
// group in a modal dialog): the card of that name is pressed, as a reader presses it.
func TestAChoiceCardIsPressedByItsName(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Create</title>
		<div role="dialog" aria-modal="true" aria-labelledby="h"><h2 id="h">Create Shipping Option</h2>
		<div role="radiogroup">
		<button type="button" role="radio" aria-checked="true" id="r1" aria-describedby="r1-d"><div><label for="r1">Fixed</label><span id="r1-d">The price is fixed.</span></div></button>
		<button type="button" role="radio" aria-checked="false" id="r2" aria-describedby="r2-d" onclick="document.title = 'Calculated chosen'"><div><label for="r2">Calculated</label><span id="r2-d">The price is calculated.</span></div></button>
		</div><button>Cancel</button><button>Continue</button></div>`})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
	s.loggedIn = true
	if err := s.perform(ctx, "Choose **Calculated** if the price should be calculated dynamically during checkout."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Calculated chosen" {
		t.Errorf("title %q: the card named Calculated was not pressed", got)
	}
}
