package steps

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/go-rod/rod"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
)

// tickPick ticks the box a reader picks for "Tick the boxes of the permissions to grant",
// "check the sales channels you want to add": the first q finds, unless that is a table's
// header box (select all, no item of its own), then the first unticked box of a body row. The
// row it ticked is kept by item, the kind the step called what it picked, for a later step
// that removes it ("the sales channel you want to remove"), and, when it is of the kind the
// procedure adds, as the item the procedure made. A list that shows no item at all
// offers nothing to pick: there are none yet (no doc of the run made one; see pickables),
// which is no drift of the doc.
func (s *Scenario) tickPick(ctx context.Context, q locate.Query, item string, on bool) error {
	box, err := s.find(ctx, q)
	if errors.As(err, new(*locate.NotFoundError)) && s.emptyListShown(ctx) {
		return &Unmet{fmt.Sprintf("nothing to tick: the list shows no %s to pick (there are none yet)", cmp.Or(item, "item"))}
	}
	if err != nil {
		return err
	}
	if box, err = bodyRowBox(ctx, box); err != nil {
		return err
	}
	// The row's name is read before the tick: a list may draw its rows anew on one.
	row := ""
	if item != "" && on {
		row = rowNameOf(ctx, box)
	}
	if err := s.setChecked(ctx, box, on); err != nil {
		return err
	}
	if row != "" {
		if s.ticked == nil {
			s.ticked = map[string]string{}
		}
		s.ticked[item] = row
		if s.pickle != nil && understand.HeadingMakes(s.pickle.Name) && understand.CallsItem(understand.HeadingObject(s.pickle.Name), item) {
			// "Add Currencies": the currency ticked is what the procedure adds, known by its
			// name as an item made by a choice is.
			s.picks = append(s.picks, row)
		}
	}
	return nil
}

// bodyRowBoxJS is the box itself, or, for a table's header box or a box that cannot be
// ticked (an item the list shows as had already: Medusa's currencies of the store), the first
// visible unticked box of a row of its body that can be; null when the body has none.
const bodyRowBoxJS = `function () {
	const row = (e) => e.closest("tr, [role=row]");
	const header = (r) => !!r && (!!r.closest("thead") || r.querySelector("th, [role=columnheader]") !== null);
	const disabled = (b) => b.disabled || b.getAttribute("aria-disabled") === "true";
	if (!header(row(this)) && !disabled(this)) return this;
	const table = this.closest("table, [role=table], [role=grid], [role=treegrid]");
	if (!table) return this;
	for (const box of table.querySelectorAll("input[type=checkbox], [role=checkbox]")) {
		const r = row(box);
		if (r && !header(r) && box.checkVisibility() && !disabled(box) && !box.checked && box.getAttribute("aria-checked") !== "true") return box;
	}
	return null;
}`

// bodyRowBox is the box a reader ticks for a pick, given the first found (see bodyRowBoxJS).
func bodyRowBox(ctx context.Context, box *rod.Element) (*rod.Element, error) {
	obj, err := box.Context(ctx).Evaluate(rod.Eval(bodyRowBoxJS).ByObject())
	if err != nil {
		return nil, fmt.Errorf("read the box's table: %w", err)
	}
	if obj.ObjectID == "" {
		return nil, &Unmet{"nothing to tick: the list shows no item whose box can be ticked (none yet, or each ticked or disabled already)"}
	}
	return box.Page().Context(ctx).ElementFromObject(obj)
}

// rowOfJS names the table row an element is in (rowNameJS); "" when it is in none.
var rowOfJS = flattree.With(`function () {
	const row = this.closest("tr, [role=row]");
	return row ? (` + rowNameJS + `)(row, FLAT_TREE.deepAll) : "";
}`)

// rowNameOf is the name of the table row el is in, its first line: a cell may show a
// description under the name ("Default Sales Channel", then "Created automatically").
func rowNameOf(ctx context.Context, el *rod.Element) string {
	res, err := el.Context(ctx).Eval(rowOfJS)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(res.Value.Str(), "\n")
	return strings.TrimSpace(name)
}

// emptyListJS reports, in the open dialog (else the page), a visible table with no row
// outside its header, or a list's empty state: a line that says there is nothing ("No
// records", "No results found", "No data"), as list components draw one instead of rows.
const emptyListJS = `() => {
	const dialogs = [...document.querySelectorAll("dialog[open], [role=dialog], [role=alertdialog]")].filter((d) => d.checkVisibility());
	const scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
	const emptyTable = [...scope.querySelectorAll("table, [role=table], [role=grid]")].some((t) => t.checkVisibility() &&
		![...t.querySelectorAll("tr, [role=row]")].some((r) => !r.closest("thead") && !r.querySelector("th, [role=columnheader]") && r.querySelector("td, [role=cell], [role=gridcell]")));
	const nothing = /^(no (records|results|rows|items|entries|data)( found| yet| to (show|display))?|nothing (here|to show|to display|found)( yet)?)[.!]?$/i;
	const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		if (nothing.test(n.textContent.trim()) && n.parentElement && n.parentElement.checkVisibility()) return true;
	}
	return emptyTable;
}`

// emptyListShown reports a list shown with no item in it (see emptyListJS).
func (s *Scenario) emptyListShown(ctx context.Context) bool {
	res, err := s.session.Page.Context(ctx).Eval(emptyListJS)
	return err == nil && res.Value.Bool()
}
