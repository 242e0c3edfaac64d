/* hearth-manual.c: opening the user manual at the page for the screen in use
 *
 * The manual is Mallard (the .page files in help/C). On Linux it is installed for yelp
 * and opened as help:hearth/PAGE, which yelp shows in the desktop's
 * language. Windows has no yelp, so there the pages are turned into HTML when
 * Hearth is built (help/meson.build) and installed in share/hearth/help/LANG/,
 * and the browser opens them: in the learner's language when they have been
 * translated, in English otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-manual.h"
#include "hearth-paths.h"

/* Which page of the manual explains each screen (the window's page names).
 * tests/test-ui-manual.c checks that every screen is here and that every
 * page exists in help/C. */
static const struct
{
  const char *screen;
  const char *page;
} screen_pages[] = {
  { "picker", "getting-started" },
  { "add-learner", "getting-started" },
  { "home", "getting-started" },
  { "module", "lessons" },
  { "lesson", "lessons" },
  { "quiz", "quizzes" },
  { "policies", "family-agreement" },
  { "policy-builder", "family-agreement" },
  { "help", "help-now" },
  { "pin", "learner-pin" },
  { "survey", "survey" },
  { "trainer", "trainer-mode" },
  { "error", "problems" },
};

/* The manual's page for @screen, or NULL when it has none. */
const char *
hearth_manual_page_for_screen (const char *screen)
{
  for (guint i = 0; i < G_N_ELEMENTS (screen_pages); i++)
    if (g_strcmp0 (screen_pages[i].screen, screen) == 0)
      return screen_pages[i].page;

  return NULL;
}

/* The folder of the HTML manual on Windows; NULL where yelp shows it. */
char *
hearth_manual_get_html_dir (void)
{
#ifdef G_OS_WIN32
  g_autofree char *data_dir = hearth_paths_get_installed_data_dir ();

  return data_dir != NULL ? g_build_filename (data_dir, "hearth", "help", NULL) : NULL;
#else
  return NULL;
#endif
}

/* The address that opens @page: for yelp when @html_dir is NULL, otherwise
 * the HTML page in @html_dir, in @language if it has been translated. */
char *
hearth_manual_get_uri (const char *page,
                       const char *language,
                       const char *html_dir)
{
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (page != NULL, NULL);

  if (html_dir == NULL)
    return g_strdup_printf ("help:%s/%s", HEARTH_MANUAL_ID, page);

  file_name = g_strconcat (page, ".html", NULL);
  if (language != NULL)
    path = g_build_filename (html_dir, language, file_name, NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_free (path);
      path = g_build_filename (html_dir, "C", file_name, NULL);
    }

  return g_filename_to_uri (path, NULL, NULL);
}

/* Opens @page (the index when NULL) in yelp or the browser; the callback
 * gets the result from hearth_manual_show_finish(). */
void
hearth_manual_show_async (GtkWindow           *parent,
                          const char          *page,
                          const char          *language,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autofree char *html_dir = hearth_manual_get_html_dir ();
  g_autofree char *uri = hearth_manual_get_uri (page != NULL ? page : "index", language, html_dir);

  g_return_if_fail (GTK_IS_WINDOW (parent));

  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, cancellable, callback, user_data);
}

gboolean
hearth_manual_show_finish (GtkWindow     *parent,
                           GAsyncResult  *result,
                           GError       **error)
{
  return gtk_show_uri_full_finish (parent, result, error);
}
