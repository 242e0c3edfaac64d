/* hearth-test-ui.c: finding, clicking and photographing widgets in tests
 *
 * Searches only look at mapped widgets: what is on screen now, as a person
 * would see it, not pages hidden in a stack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-test-ui.h"

void
hearth_test_iterate (void)
{
  /* Let idle work (such as a rebuild after a language change) and layout run. */
  for (guint round = 0; round < 5; round++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits until the widget has been through a frame, so what a screenshot or a
 * size check sees is what was drawn. */
void
hearth_test_wait_for_draw (GtkWidget *widget)
{
  gboolean drawn = FALSE;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_widget_add_tick_callback (widget, tick_cb, &drawn, NULL);
  gtk_widget_queue_draw (widget);
  while (!drawn && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  ck_assert_msg (drawn, "the window was never drawn");
  hearth_test_iterate ();
}

typedef gboolean (*MatchFunc) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find (GtkWidget     *root,
      MatchFunc      match,
      gconstpointer  data)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_matches (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
name_matches (GtkWidget     *widget,
              gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
hearth_test_find_label (GtkWidget  *root,
                        const char *text)
{
  return find (root, label_matches, text);
}

/* A button as a person finds it: by the words on it. */
GtkWidget *
hearth_test_find_button (GtkWidget  *root,
                         const char *text)
{
  GtkWidget *label = find (root, label_matches, text);

  return label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON) : NULL;
}

GtkWidget *
hearth_test_find_named (GtkWidget  *root,
                        const char *name)
{
  return find (root, name_matches, name);
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (!gtk_widget_get_mapped (root))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

GPtrArray *
hearth_test_find_all (GtkWidget *root,
                      GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

/* Activates a widget as a click or a press of Enter would, and lets the
 * application react. */
void
hearth_test_click (GtkWidget *widget)
{
  ck_assert_ptr_nonnull (widget);
  ck_assert_msg (gtk_widget_is_sensitive (widget), "%s is not sensitive", G_OBJECT_TYPE_NAME (widget));
  /* A plain button's "activate" animates a press and clicks only later. */
  if (GTK_IS_BUTTON (widget))
    g_signal_emit_by_name (widget, "clicked");
  else if (GTK_IS_ENTRY (widget))
    g_signal_emit_by_name (widget, "activate");
  else
    ck_assert (gtk_widget_activate (widget));
  hearth_test_iterate ();
}

/* Saves what the window shows as a PNG in $HEARTH_SCREENSHOT_DIR, to be
 * looked at by a person. */
void
hearth_test_screenshot (GtkWidget  *window,
                        const char *name)
{
  const char *dir = g_getenv ("HEARTH_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  /* Let page cross-fades (200 ms) finish, so the picture shows one page. */
  {
    gint64 settled = g_get_monotonic_time () + 400 * 1000;

    while (g_get_monotonic_time () < settled)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (5000);
      }
  }
  hearth_test_wait_for_draw (window);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  ck_assert_ptr_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_mkdir_with_parents (dir, 0755);
  file_name = g_strdup_printf ("%s.png", name);
  path = g_build_filename (dir, file_name, NULL);
  ck_assert (gdk_texture_save_to_png (texture, path));
}
