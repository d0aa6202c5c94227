package com.otopair.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key columns keep their room: minor ones go first, and a phone sees one card per row. */
class GridColumnsTest {

  private record Row(String name, String email, String joined) {}

  private final Grid<Row> grid = new Grid<>();
  private final Grid.Column<Row> name = grid.addColumn(Row::name).setKey("name");
  private final Grid.Column<Row> email = grid.addColumn(Row::email).setKey("email");
  private final Grid.Column<Row> joined = grid.addColumn(Row::joined).setKey("joined");
  private final GridColumns<Row> columns =
      GridColumns.of(grid)
          .hideBelow(1100, joined)
          .cardsBelow(640, row -> GridColumns.card(row.name(), List.of(row.email())));

  private List<String> visible() {
    return grid.getColumns().stream()
        .filter(Grid.Column::isVisible)
        .map(Grid.Column::getKey)
        .toList();
  }

  @Test
  void aWideWindowShowsEveryColumnButNoCards() {
    columns.apply(1280);
    assertThat(visible()).containsExactly("name", "email", "joined");
    assertThat(grid.getElement().getAttribute("data-layout")).isEqualTo("columns");
  }

  @Test
  void aNarrowerWindowDropsTheMinorColumnFirst() {
    columns.apply(1000);
    assertThat(visible()).containsExactly("name", "email");
  }

  @Test
  void aPhoneSeesOneCardPerRowAndBackAgainWhenTurned() {
    columns.apply(375);
    assertThat(visible()).containsExactly("card");
    assertThat(grid.getElement().getAttribute("data-layout")).isEqualTo("cards");

    columns.apply(1280);
    assertThat(visible()).containsExactly("name", "email", "joined");
  }

  @Test
  void aCardLeavesOutBlankLines() {
    var card = GridColumns.card("Ada", List.of("ada@example.test", " "));
    assertThat(card.getChildren().count()).isEqualTo(2);
    assertThat(card.getElement().getTextRecursively()).isEqualTo("Adaada@example.test");
  }

  @Test
  void aCardShowsItsBadgeBesideTheTitleAndItsActionsAtTheBottom() {
    var card =
        GridColumns.card(
            "Ada", List.of("ada@example.test"), new Span("Active"), new Button("Suspend"));
    List<String> parts =
        card.getChildren().map(part -> part.getElement().getTextRecursively()).toList();
    assertThat(parts).containsExactly("AdaActive", "ada@example.test", "Suspend");
  }
}
