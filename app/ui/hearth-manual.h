/* hearth-manual.h: opening the user manual at the page for the screen in use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The manual's name for yelp: the help is installed in share/help/LANG/hearth/. */
#define HEARTH_MANUAL_ID "hearth"

const char *hearth_manual_page_for_screen (const char           *screen);
char       *hearth_manual_get_html_dir    (void);
char       *hearth_manual_get_uri         (const char           *page,
                                           const char           *language,
                                           const char           *html_dir);
void        hearth_manual_show_async      (GtkWindow            *parent,
                                           const char           *page,
                                           const char           *language,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean    hearth_manual_show_finish     (GtkWindow            *parent,
                                           GAsyncResult         *result,
                                           GError              **error);

G_END_DECLS
