/* hearth-window-quick-exit.c: hiding Hearth at once when someone comes
 *
 * Part of HearthWindow. "Quick Exit" in the header of every screen, or
 * Shift+Esc (the accelerator is set in hearth-application.c), first takes
 * the window and every dialog of Hearth's off the screen, then, while
 * nothing shows, answers the dialogs as if they were closed, signs the
 * learner out (which builds every page that can hold her data again,
 * empty, see hearth_window_sign_out()), and leaves the window on the
 * learner picker. Opening Hearth again presents that picker.
 *
 * The window keeps the application running while it is hidden (a
 * GtkApplication holds itself for each of its windows), so opening Hearth
 * again activates this one and shows the picker at once. A Hearth that
 * cannot be reached that way (started with its own data folder, which
 * makes it non-unique, or with no session bus, as on Windows) closes its
 * window instead, once hidden and signed out, rather than linger unseen:
 * opening it again then starts a new one, on the picker too.
 *
 * Shift+Esc works in dialogs and open menus too, which the application's
 * shortcuts do not reach (show_hook() below).
 *
 * With HEARTH_BENCHMARK set, each quick exit prints how long it took on
 * stderr (tests/test-ui-quick-exit.c collects them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include <adwaita.h>

#include "hearth-window-private.h"

#define TOASTS "hearth-window-toasts"
#define WATCHED "hearth-quick-exit-watched"

/* Whether @window is @self or one of its dialogs (or a dialog's dialog). */
static gboolean
belongs_to (GtkWindow    *window,
            HearthWindow *self)
{
  for (; window != NULL; window = gtk_window_get_transient_for (window))
    if (window == GTK_WINDOW (self))
      return TRUE;

  return FALSE;
}

/* Hearth's other windows: message dialogs, the print and file dialogs,
 * the About window. */
static GPtrArray *
list_dialogs (HearthWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *dialogs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != GTK_WINDOW (self) && belongs_to (window, self))
        g_ptr_array_add (dialogs, g_steal_pointer (&window));
    }

  return dialogs;
}

/* A menu or drop-down left open would come back with the window. */
static void
pop_down_all (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    gtk_popover_popdown (GTK_POPOVER (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pop_down_all (child);
}

static void
dismiss_toasts (HearthWindow *self)
{
  g_autoptr(GPtrArray) toasts = g_object_steal_data (G_OBJECT (self), TOASTS);

  for (guint i = 0; toasts != NULL && i < toasts->len; i++)
    adw_toast_dismiss (g_ptr_array_index (toasts, i));
}

/* Whether opening Hearth again would come back to this window: only a
 * unique application on the session bus is told, by the new start, to
 * activate. */
static gboolean
reachable_again (HearthWindow *self)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  return application != NULL &&
         (g_application_get_flags (application) & G_APPLICATION_NON_UNIQUE) == 0 &&
         g_application_get_dbus_connection (application) != NULL;
}

static gboolean
close_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static double
milliseconds (gint64 from,
              gint64 to)
{
  return (to - from) / 1000.0;
}

void
hearth_window_quick_exit_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  GdkDisplay *display = gtk_widget_get_display (widget);
  gboolean benchmark = g_getenv ("HEARTH_BENCHMARK") != NULL;
  gint64 pressed = g_get_monotonic_time ();
  gint64 hidden, confirmed = 0;
  g_autoptr(GPtrArray) dialogs = list_dialogs (self);

  /* Off the screen before anything else: the window (withdrawn, so it
   * leaves the task bar and the window list too) and the dialogs over it.
   * The flush sends that to the display server now, not after the work
   * below. */
  gtk_widget_set_visible (widget, FALSE);
  for (guint i = 0; i < dialogs->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (dialogs, i), FALSE);
  gdk_display_flush (display);
  hidden = g_get_monotonic_time ();
  if (benchmark)
    {
      /* A round trip: once it returns, the display server has taken the
       * window away. */
      gdk_display_sync (display);
      confirmed = g_get_monotonic_time ();
    }

  /* Each dialog as if closed, so it gets its harmless answer ("Cancel",
   * "Keep My PIN") while the page that asked is still there. */
  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_close (g_ptr_array_index (dialogs, i));
  dismiss_toasts (self);

  /* Without a profile there is nobody to sign out, and the page saying so
   * stays. Otherwise: out of trainer mode and her pages, to the picker. */
  if (hearth_context_get_store (self->context) != NULL)
    hearth_window_sign_out (self);
  pop_down_all (widget);

  if (benchmark)
    {
      gint64 ready = g_get_monotonic_time ();

      g_printerr ("quick-exit: hidden %.3f ms, display server done %.3f ms, start screen ready %.3f ms\n",
                  milliseconds (pressed, hidden), milliseconds (pressed, confirmed), milliseconds (pressed, ready));
    }

  /* From the main loop, so this action has returned first. */
  if (!reachable_again (self))
    g_idle_add_full (G_PRIORITY_DEFAULT, close_cb, g_object_ref (self), g_object_unref);
}

/* The Hearth window @widget (a dialog, or a menu or drop-down, in its
 * window or in a dialog) belongs to, or NULL. */
static HearthWindow *
owner_of (GtkWidget *widget)
{
  GtkWindow *window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget) : (GtkWindow *) gtk_widget_get_root (widget);

  for (; window != NULL; window = gtk_window_get_transient_for (window))
    if (HEARTH_IS_WINDOW (window))
      return HEARTH_WINDOW (window);

  return NULL;
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  HearthWindow *self = owner_of (widget);

  if (self == NULL)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.quick-exit", NULL);
  return TRUE;
}

/* The same keys as the application's accelerator for win.quick-exit. */
static GtkShortcutTrigger *
quick_exit_trigger (HearthWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_auto(GStrv) accels = NULL;
  GtkShortcutTrigger *trigger = NULL;

  if (application == NULL)
    return NULL;

  accels = gtk_application_get_accels_for_action (application, "win.quick-exit");
  for (guint i = 0; accels[i] != NULL; i++)
    {
      GtkShortcutTrigger *one = gtk_shortcut_trigger_parse_string (accels[i]);

      if (one != NULL)
        trigger = trigger != NULL ? gtk_alternative_trigger_new (trigger, one) : one;
    }

  return trigger;
}

/* The application's shortcuts are seen by the window only. A dialog is a
 * window of its own (and a modal one keeps the mouse from the window's
 * button); a menu or a drop-down list takes the keys while it is open, and
 * closes on Esc with or without Shift. So each of them, as it is shown,
 * gets the shortcut itself, seen before its own keys. */
static gboolean
show_hook (GSignalInvocationHint *hint,
           guint                  n_values,
           const GValue          *values,
           gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);
  HearthWindow *self;
  GtkShortcutTrigger *trigger;
  GtkEventController *controller;

  if (!GTK_IS_POPOVER (widget) && !(GTK_IS_WINDOW (widget) && !HEARTH_IS_WINDOW (widget)))
    return TRUE;
  if (g_object_get_data (G_OBJECT (widget), WATCHED) != NULL)
    return TRUE;
  self = owner_of (widget);
  trigger = self != NULL ? quick_exit_trigger (self) : NULL;
  if (trigger == NULL)
    return TRUE;

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_static_name (controller, "hearth-quick-exit");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, gtk_callback_action_new (shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (widget, controller);
  g_object_set_data (G_OBJECT (widget), WATCHED, GINT_TO_POINTER (TRUE));
  return TRUE;
}

/* The keys as ARIA writes them ("Shift+Escape"), for screen readers. */
static char *
aria_key_shortcut (guint           key,
                   GdkModifierType modifiers)
{
  GString *shortcut = g_string_new (NULL);

  if (modifiers & GDK_CONTROL_MASK)
    g_string_append (shortcut, "Control+");
  if (modifiers & GDK_ALT_MASK)
    g_string_append (shortcut, "Alt+");
  if (modifiers & GDK_SHIFT_MASK)
    g_string_append (shortcut, "Shift+");
  g_string_append (shortcut, gdk_keyval_name (key));
  return g_string_free (shortcut, FALSE);
}

/* Strings of the button, in the language of the moment. */
void
hearth_window_translate_quick_exit (HearthWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_auto(GStrv) accels = application != NULL
                         ? gtk_application_get_accels_for_action (application, "win.quick-exit") : NULL;
  g_autofree char *keys = NULL;
  g_autofree char *aria_keys = NULL;
  g_autofree char *tooltip = NULL;
  guint key = 0;
  GdkModifierType modifiers = 0;

  if (accels != NULL && accels[0] != NULL && gtk_accelerator_parse (accels[0], &key, &modifiers))
    {
      keys = gtk_accelerator_get_label (key, modifiers);
      aria_keys = aria_key_shortcut (key, modifiers);
    }

  /* Translators: %s is the keys that do the same, such as “Shift+Escape” */
  tooltip = keys != NULL ? g_strdup_printf (_("Hide Hearth at once (%s)"), keys) : NULL;

  adw_button_content_set_label (self->quick_exit_content, _("Quick Exit"));
  gtk_widget_set_tooltip_text (self->quick_exit_button, tooltip);
  /* Its name for a screen reader also when narrow, with only the icon. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->quick_exit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quick Exit"), -1);
  if (aria_keys != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->quick_exit_button),
                                    GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, aria_keys, -1);
}

static void
application_changed_cb (HearthWindow *self,
                        GParamSpec   *pspec,
                        gpointer      user_data)
{
  hearth_window_translate_quick_exit (self);
}

/* Called from constructed(), before the window has its application, whose
 * accelerators the tooltip names. */
void
hearth_window_init_quick_exit (HearthWindow *self)
{
  static gsize hooked = 0;

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  if (g_once_init_enter (&hooked))
    {
      g_signal_add_emission_hook (g_signal_lookup ("show", GTK_TYPE_WIDGET), 0, show_hook, NULL, NULL);
      g_once_init_leave (&hooked, 1);
    }
}

static void
toast_dismissed_cb (AdwToast     *toast,
                    HearthWindow *self)
{
  GPtrArray *toasts = g_object_get_data (G_OBJECT (self), TOASTS);

  if (toasts != NULL)
    g_ptr_array_remove (toasts, toast);
}

/* Remembers a toast on the window until it goes, so a quick exit can take
 * it away: libadwaita 1.2 has no call to clear a toast overlay. */
void
hearth_window_keep_toast (HearthWindow *self,
                          AdwToast     *toast)
{
  GPtrArray *toasts = g_object_get_data (G_OBJECT (self), TOASTS);

  if (toasts == NULL)
    {
      toasts = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (self), TOASTS, toasts, (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
}
