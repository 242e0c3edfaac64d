/* hearth-test-ui.h: finding, clicking and photographing widgets in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       hearth_test_iterate          (void);
void       hearth_test_wait_for_draw    (GtkWidget  *widget);
GtkWidget *hearth_test_find_label       (GtkWidget  *root,
                                         const char *text);
GtkWidget *hearth_test_find_button      (GtkWidget  *root,
                                         const char *text);
GtkWidget *hearth_test_find_named       (GtkWidget  *root,
                                         const char *name);
GPtrArray *hearth_test_find_all         (GtkWidget  *root,
                                         GType       type);
void       hearth_test_click            (GtkWidget  *widget);
void       hearth_test_screenshot       (GtkWidget  *window,
                                         const char *name);

G_END_DECLS
