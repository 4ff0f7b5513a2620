# Generated from docs/admin/robots.md by docdrift gen. DO NOT EDIT.
# To change it, edit the doc and rerun docdrift gen on it; docdrift gen --check lists stale features.
Feature: Robots (docs/admin/robots.md)

  # procedure "Add a robot" at docs/admin/robots.md:3:1
  @add-a-robot
  Scenario: Add a robot
    # step 1 at docs/admin/robots.md:5:4
    When Click **New Robot**.
    # step 2 at docs/admin/robots.md:6:4
    And Enter a name.
    # step 2 sentence 2 at docs/admin/robots.md:6:18
    Then The **Robots** page opens.
