/* hearth-pin-page.c: typing a 4-digit PIN, on big number buttons or the keyboard
 *
 * Used wherever a PIN is asked for: a learner signing in, the trainer
 * opening trainer mode, and choosing a new PIN (typed twice, so a slip of a
 * finger does not lock anyone out). The page only collects the digits: it
 * emits "pin-entered" as soon as 4 are typed, and the caller checks them and
 * answers with hearth_pin_page_set_verdict(), which shows a kind message on a
 * wrong PIN and, when she must wait, counts the wait down and then lets her
 * try again.
 *
 * The number buttons and what typing may put in the PIN are in
 * hearth-pin-input.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hearth-i18n.h"

#include "hearth-pin-input.h"
#include "hearth-pin-page.h"
#include "hearth-ui-util.h"

struct _HearthPinPage
{
  GtkWidget          parent_instance;

  HearthPinPageMode  mode;
  HearthLearner     *learner;
  char              *title;
  char              *icon_name;
  gboolean           confirming;     /* CHOOSE: the second time of typing */
  char              *first_pin;      /* CHOOSE: what she typed the first time */
  guint              submit_source;
  guint              countdown_source;
  gint64             wait_until;     /* monotonic microseconds; 0 when not waiting */

  /* template widgets */
  GtkBox            *picture_slot;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *prompt_label;
  GtkWidget         *pin_entry;
  GtkLabel          *message_label;
  GtkLabel          *countdown_label;
  GtkGrid           *keypad;
  GtkButton         *extra_button;
};

G_DEFINE_FINAL_TYPE (HearthPinPage, hearth_pin_page, GTK_TYPE_WIDGET)

enum {
  PIN_ENTERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkEditable *
pin_text (HearthPinPage *self)
{
  return GTK_EDITABLE (self->pin_entry);
}

static void
clear_pin (HearthPinPage *self)
{
  g_clear_handle_id (&self->submit_source, g_source_remove);
  gtk_editable_set_text (pin_text (self), "");
}

static void
show_message (HearthPinPage *self,
              const char    *message,
              gboolean       is_problem)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (is_problem)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
update_prompt (HearthPinPage *self)
{
  if (self->mode == HEARTH_PIN_PAGE_CHECK)
    gtk_label_set_text (self->prompt_label, _("Type your PIN"));
  else if (!self->confirming)
    gtk_label_set_text (self->prompt_label, _("Choose 4 numbers you will remember"));
  else
    gtk_label_set_text (self->prompt_label, _("Type the same 4 numbers again"));
}

static void
update_header (HearthPinPage *self)
{
  GtkWidget *child;
  GtkWidget *picture = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->picture_slot))) != NULL)
    gtk_box_remove (self->picture_slot, child);

  if (self->learner != NULL)
    picture = hearth_avatar_image_new (hearth_learner_get_avatar (self->learner), 72);
  else if (self->icon_name != NULL)
    {
      picture = gtk_image_new_from_icon_name (self->icon_name);
      gtk_image_set_pixel_size (GTK_IMAGE (picture), 64);
    }
  if (picture != NULL)
    gtk_box_append (self->picture_slot, picture);
  gtk_widget_set_visible (GTK_WIDGET (self->picture_slot), picture != NULL);

  if (self->title != NULL)
    gtk_label_set_text (self->title_label, self->title);
  else if (self->learner != NULL)
    gtk_label_set_text (self->title_label, hearth_learner_get_display_name (self->learner));
  else
    gtk_label_set_text (self->title_label, _("Type Your PIN"));
}

/* While she waits, the number buttons go away (nothing to press) and the
 * clock takes their place. */
static void
set_waiting (HearthPinPage *self,
             gboolean       waiting)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Focus leaves the PIN first: GTK 4.8 warns when a focused text entry
   * becomes insensitive under it. */
  if (waiting && root != NULL && gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (pin_text (self)))))
    gtk_root_set_focus (root, NULL);

  gtk_widget_set_sensitive (self->pin_entry, !waiting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->keypad), !waiting);
  gtk_widget_set_visible (GTK_WIDGET (self->keypad), !waiting);
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), waiting);
}

static guint
seconds_left (HearthPinPage *self)
{
  gint64 left = self->wait_until - g_get_monotonic_time ();

  if (self->wait_until == 0 || left <= 0)
    return 0;

  /* Rounded up, so "0:00" is never shown while she still must wait. */
  return (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static void
stop_waiting (HearthPinPage *self)
{
  g_clear_handle_id (&self->countdown_source, g_source_remove);
  self->wait_until = 0;
  set_waiting (self, FALSE);
}

static gboolean
countdown_cb (gpointer user_data)
{
  HearthPinPage *self = user_data;
  guint left = seconds_left (self);
  g_autofree char *clock = NULL;

  if (left == 0)
    {
      self->countdown_source = 0;
      stop_waiting (self);
      show_message (self, _("You can try again now."), FALSE);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_widget_grab_focus (self->pin_entry);
      return G_SOURCE_REMOVE;
    }

  /* Minutes and seconds, as on a clock: no words to read. */
  clock = g_strdup_printf ("%u:%02u", left / 60, left % 60);
  gtk_label_set_text (self->countdown_label, clock);
  return G_SOURCE_CONTINUE;
}

static void
start_waiting (HearthPinPage *self,
               guint          wait_seconds)
{
  g_clear_handle_id (&self->countdown_source, g_source_remove);
  self->wait_until = g_get_monotonic_time () + (gint64) wait_seconds * G_USEC_PER_SEC;
  set_waiting (self, TRUE);
  countdown_cb (self);
  self->countdown_source = g_timeout_add (250, countdown_cb, self);
}

static gboolean
submit_cb (gpointer user_data)
{
  HearthPinPage *self = user_data;
  g_autofree char *pin = g_strdup (gtk_editable_get_text (pin_text (self)));

  self->submit_source = 0;
  if (strlen (pin) != HEARTH_PIN_LENGTH)
    return G_SOURCE_REMOVE;

  if (self->mode == HEARTH_PIN_PAGE_CHECK)
    {
      g_signal_emit (self, signals[PIN_ENTERED], 0, pin);
      return G_SOURCE_REMOVE;
    }

  if (!self->confirming)
    {
      g_free (self->first_pin);
      self->first_pin = g_steal_pointer (&pin);
      self->confirming = TRUE;
      clear_pin (self);
      show_message (self, NULL, FALSE);
      update_prompt (self);
      return G_SOURCE_REMOVE;
    }

  if (g_strcmp0 (pin, self->first_pin) != 0)
    {
      self->confirming = FALSE;
      g_clear_pointer (&self->first_pin, g_free);
      clear_pin (self);
      update_prompt (self);
      show_message (self, _("The two PINs were not the same. Please choose your 4 numbers again."), TRUE);
      return G_SOURCE_REMOVE;
    }

  g_signal_emit (self, signals[PIN_ENTERED], 0, pin);
  return G_SOURCE_REMOVE;
}

/* Signal callbacks */

static void
pin_changed_cb (HearthPinPage *self)
{
  /* Checked from the main loop: the page changes the text it is told
   * about, which GtkText does not expect in the middle of typing. */
  if (strlen (gtk_editable_get_text (pin_text (self))) == HEARTH_PIN_LENGTH && self->submit_source == 0)
    self->submit_source = g_idle_add (submit_cb, self);
}

static void
pin_activated_cb (HearthPinPage *self)
{
  if (strlen (gtk_editable_get_text (pin_text (self))) < HEARTH_PIN_LENGTH)
    show_message (self, _("A PIN is 4 numbers, like 2580."), TRUE);
}

static void
key_clicked_cb (GtkButton     *button,
                HearthPinPage *self)
{
  hearth_pin_entry_add_digit (self->pin_entry, hearth_pin_key_get_digit (button));
}

static void
delete_clicked_cb (GtkButton     *button,
                   HearthPinPage *self)
{
  hearth_pin_entry_delete_digit (self->pin_entry);
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_pin_page_grab_focus (GtkWidget *widget)
{
  HearthPinPage *self = HEARTH_PIN_PAGE (widget);

  return gtk_widget_grab_focus (self->pin_entry);
}

static void
hearth_pin_page_dispose (GObject *object)
{
  HearthPinPage *self = HEARTH_PIN_PAGE (object);

  g_clear_handle_id (&self->submit_source, g_source_remove);
  g_clear_handle_id (&self->countdown_source, g_source_remove);
  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_PIN_PAGE);
  g_clear_object (&self->learner);

  G_OBJECT_CLASS (hearth_pin_page_parent_class)->dispose (object);
}

static void
hearth_pin_page_finalize (GObject *object)
{
  HearthPinPage *self = HEARTH_PIN_PAGE (object);

  g_free (self->first_pin);
  g_free (self->title);
  g_free (self->icon_name);

  G_OBJECT_CLASS (hearth_pin_page_parent_class)->finalize (object);
}

static void
hearth_pin_page_class_init (HearthPinPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_pin_page_dispose;
  object_class->finalize = hearth_pin_page_finalize;
  widget_class->grab_focus = hearth_pin_page_grab_focus;

  /* The PIN she typed, as 4 ASCII digits. In CHOOSE mode, once she has
   * typed the same PIN twice. */
  signals[PIN_ENTERED] =
    g_signal_new ("pin-entered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-pin-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, picture_slot);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, keypad);
  gtk_widget_class_bind_template_child (widget_class, HearthPinPage, extra_button);
  gtk_widget_class_bind_template_callback (widget_class, pin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_pin_page_init (HearthPinPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hearth_pin_entry_setup (self->pin_entry);
  gtk_editable_set_alignment (pin_text (self), 0.5);

  hearth_pin_entry_take_keys_from (self->pin_entry, GTK_WIDGET (self));

  hearth_pin_keypad_fill (self->keypad, G_CALLBACK (key_clicked_cb), G_CALLBACK (delete_clicked_cb), self);
  update_header (self);
  update_prompt (self);
}

GtkWidget *
hearth_pin_page_new (void)
{
  return g_object_new (HEARTH_TYPE_PIN_PAGE, NULL);
}

/* CHOOSE asks for the PIN twice, and starts again when they differ. */
void
hearth_pin_page_set_mode (HearthPinPage     *self,
                          HearthPinPageMode  mode)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  self->mode = mode;
  hearth_pin_page_reset (self);
}

HearthPinPageMode
hearth_pin_page_get_mode (HearthPinPage *self)
{
  g_return_val_if_fail (HEARTH_IS_PIN_PAGE (self), HEARTH_PIN_PAGE_CHECK);
  return self->mode;
}

/* Shows who is signing in, by her picture and name; NULL for nobody. */
void
hearth_pin_page_set_learner (HearthPinPage *self,
                             HearthLearner *learner)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  g_set_object (&self->learner, learner);
  update_header (self);
}

HearthLearner *
hearth_pin_page_get_learner (HearthPinPage *self)
{
  g_return_val_if_fail (HEARTH_IS_PIN_PAGE (self), NULL);
  return self->learner;
}

/* A symbolic icon shown above the title when no learner is set. */
void
hearth_pin_page_set_icon_name (HearthPinPage *self,
                               const char    *icon_name)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  g_free (self->icon_name);
  self->icon_name = g_strdup (icon_name);
  update_header (self);
}

/* The title instead of the learner's name; NULL goes back to her name. */
void
hearth_pin_page_set_title (HearthPinPage *self,
                           const char    *title)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  g_free (self->title);
  self->title = g_strdup (title);
  update_header (self);
}

/* A sentence under the title, such as why a PIN is asked for; NULL hides it. */
void
hearth_pin_page_set_subtitle (HearthPinPage *self,
                              const char    *subtitle)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
}

/* Forgets what was typed, any message and any wait, as for a new person. */
void
hearth_pin_page_reset (HearthPinPage *self)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  stop_waiting (self);
  self->confirming = FALSE;
  g_clear_pointer (&self->first_pin, g_free);
  clear_pin (self);
  show_message (self, NULL, FALSE);
  update_prompt (self);
}

/* What the caller made of the PIN from "pin-entered". A wrong PIN is
 * rubbed out with a kind message; with @wait_seconds (for REFUSED, the
 * wait that try began; for WAIT, the time left), typing is stopped and the
 * wait counted down. ACCEPTED resets the page. */
void
hearth_pin_page_set_verdict (HearthPinPage    *self,
                             HearthPinVerdict  verdict,
                             guint             wait_seconds)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  if (verdict == HEARTH_PIN_ACCEPTED)
    {
      hearth_pin_page_reset (self);
      return;
    }

  clear_pin (self);
  if (verdict == HEARTH_PIN_REFUSED && wait_seconds == 0)
    show_message (self, _("That is not the right PIN. Please try again."), TRUE);
  else if (verdict == HEARTH_PIN_REFUSED)
    show_message (self, _("That is not the right PIN. You have tried many times, so please wait "
                          "a little before you try again. If you forgot your PIN, ask your trainer."), TRUE);
  else
    show_message (self, _("There were too many wrong tries. Please wait a little before you try again. "
                          "If you forgot your PIN, ask your trainer."), TRUE);

  if (wait_seconds > 0)
    start_waiting (self, wait_seconds);
  else if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->pin_entry);
}

/* A problem that is not a wrong PIN, such as the profile not being saved. */
void
hearth_pin_page_show_error (HearthPinPage *self,
                            const char    *message)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  clear_pin (self);
  show_message (self, message, TRUE);
}

/* A button under the number buttons that activates @action_name (such as
 * "Remove My PIN"); a @label of NULL hides it. */
void
hearth_pin_page_set_extra_button (HearthPinPage *self,
                                  const char    *label,
                                  const char    *action_name)
{
  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->extra_button), label != NULL);
  gtk_button_set_label (self->extra_button, label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->extra_button), action_name);
}

/* Takes over from the same page built in another language: who, the mode,
 * the icon and any wait. The caller sets its title and subtitle again, in
 * the new language; what was typed is not kept. */
void
hearth_pin_page_continue_from (HearthPinPage *self,
                               HearthPinPage *old_page)
{
  guint wait;

  g_return_if_fail (HEARTH_IS_PIN_PAGE (self));
  g_return_if_fail (HEARTH_IS_PIN_PAGE (old_page));

  self->mode = old_page->mode;
  g_set_object (&self->learner, old_page->learner);
  g_free (self->icon_name);
  self->icon_name = g_strdup (old_page->icon_name);
  update_header (self);
  hearth_pin_page_reset (self);

  wait = seconds_left (old_page);
  if (wait > 0)
    hearth_pin_page_set_verdict (self, HEARTH_PIN_WAIT, wait);
}

/* The seconds of waiting left, 0 when she may type. */
guint
hearth_pin_page_get_wait_seconds (HearthPinPage *self)
{
  g_return_val_if_fail (HEARTH_IS_PIN_PAGE (self), 0);
  return seconds_left (self);
}
