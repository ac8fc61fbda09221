package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Puts a grid's row buttons in the tab order. In {@code vaadin-grid} the buttons in cells are reached only
 * after Enter (or F2) on a cell, which keyboard users do not discover. With this, when Tab (not an arrow key)
 * brings the focus onto a body cell, it moves on to the first button of that row (the last one with
 * Shift+Tab), which puts the grid in its interaction mode: from there Tab walks through every row's buttons
 * and then leaves the grid, and Escape returns to cell navigation.
 */
final class RowButtonsInTabOrder {

    private static final String SCRIPT = """
            if (!window.keydeskTabKey) {
              const last = window.keydeskTabKey = {tab: false, back: false};
              document.addEventListener('keydown', e => { last.tab = e.key === 'Tab'; last.back = e.shiftKey; }, true);
              document.addEventListener('mousedown', () => { last.tab = false; }, true);
            }
            // On the shadow root: a move from cell to cell inside the grid never reaches the host as focusin.
            this.shadowRoot.addEventListener('focusin', () => {
              const cell = this.shadowRoot.activeElement;
              const row = cell && cell.localName === 'td' ? cell.parentElement : null;
              if (!window.keydeskTabKey.tab || !row || !row.parentElement || row.parentElement.id !== 'items') {
                return;
              }
              window.keydeskTabKey.tab = false;
              const buttons = [...row.children].filter(td => !td.hidden)
                  .flatMap(td => [...td.querySelectorAll('slot')])
                  .flatMap(slot => slot.assignedElements({flatten: true}))
                  .flatMap(content => [...content.querySelectorAll('vaadin-button:not([disabled])')]);
              const target = window.keydeskTabKey.back ? buttons[buttons.length - 1] : buttons[0];
              if (target) {
                setTimeout(() => target.focus({focusVisible: true}));
              }
            });
            """;

    private RowButtonsInTabOrder() {
    }

    static void apply(Grid<?> grid) {
        grid.getElement().executeJs(SCRIPT);
    }
}
