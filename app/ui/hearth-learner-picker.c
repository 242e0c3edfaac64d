/* hearth-learner-picker.c: "Who is learning today?"
 *
 * The first screen on a shared laptop: a large tile per learner, with her
 * picture and name, and an "Add me" tile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-learner-picker.h"
#include "hearth-ui-util.h"

struct _HearthLearnerPicker
{
  GtkWidget      parent_instance;

  HearthContext *context;
  GPtrArray     *learners;

  GtkFlowBox    *tiles;
};

G_DEFINE_FINAL_TYPE (HearthLearnerPicker, hearth_learner_picker, GTK_TYPE_WIDGET)

enum {
  LEARNER_CHOSEN,
  ADD_LEARNER,
  OPEN_TRAINER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
tile_clicked_cb (GtkButton           *button,
                 HearthLearnerPicker *self)
{
  HearthLearner *learner = g_object_get_data (G_OBJECT (button), "learner");

  if (learner != NULL)
    g_signal_emit (self, signals[LEARNER_CHOSEN], 0, learner);
  else
    g_signal_emit (self, signals[ADD_LEARNER], 0);
}

static GtkWidget *
make_tile (HearthLearnerPicker *self,
           GtkWidget           *image,
           const char          *name,
           HearthLearner       *learner)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_widget_add_css_class (label, "tile-name");

  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "learner-tile");
  gtk_widget_add_css_class (button, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  if (learner != NULL)
    g_object_set_data_full (G_OBJECT (button), "learner", g_object_ref (learner), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (tile_clicked_cb), self);
  return button;
}

void
hearth_learner_picker_reload (HearthLearnerPicker *self)
{
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GtkWidget *add_image;

  g_return_if_fail (HEARTH_IS_LEARNER_PICKER (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles))) != NULL)
    gtk_flow_box_remove (self->tiles, child);
  g_clear_pointer (&self->learners, g_ptr_array_unref);

  self->learners = store != NULL ? hearth_store_list_learners (store, &error) : NULL;
  if (error != NULL)
    g_warning ("%s", error->message);

  for (guint i = 0; self->learners != NULL && i < self->learners->len; i++)
    {
      HearthLearner *learner = g_ptr_array_index (self->learners, i);

      gtk_flow_box_append (self->tiles,
                           make_tile (self,
                                      hearth_avatar_image_new (hearth_learner_get_avatar (learner), 96),
                                      hearth_learner_get_display_name (learner), learner));
    }

  add_image = gtk_image_new_from_icon_name ("list-add-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (add_image), 64);
  gtk_widget_set_size_request (add_image, 96, 96);
  gtk_flow_box_append (self->tiles, make_tile (self, add_image, _("Add Me"), NULL));

  /* A flow box keeps room for its widest line: size it to the tiles there
   * are, so a few tiles sit in the middle rather than to one side. */
  gtk_flow_box_set_max_children_per_line (self->tiles,
                                          CLAMP ((self->learners != NULL ? self->learners->len : 0) + 1, 1, 5));
}

static void
open_trainer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_TRAINER], 0);
}

/* Where keyboard focus goes when the page is shown. */
static gboolean
hearth_learner_picker_grab_focus (GtkWidget *widget)
{
  HearthLearnerPicker *self = HEARTH_LEARNER_PICKER (widget);

  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->tiles));

  /* The first tile: her own picture, or "Add Me" on a new laptop. */
  return first != NULL && gtk_widget_grab_focus (first);
}

static void
hearth_learner_picker_dispose (GObject *object)
{
  HearthLearnerPicker *self = HEARTH_LEARNER_PICKER (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_LEARNER_PICKER);
  g_clear_pointer (&self->learners, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_learner_picker_parent_class)->dispose (object);
}

static void
hearth_learner_picker_class_init (HearthLearnerPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_learner_picker_dispose;
  widget_class->grab_focus = hearth_learner_picker_grab_focus;

  signals[LEARNER_CHOSEN] =
    g_signal_new ("learner-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_LEARNER);
  signals[ADD_LEARNER] =
    g_signal_new ("add-learner", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* "For Trainers": the window asks for the trainer PIN. */
  signals[OPEN_TRAINER] =
    g_signal_new ("open-trainer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/hearthapp/Hearth/ui/hearth-learner-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthLearnerPicker, tiles);
  gtk_widget_class_install_action (widget_class, "picker.open-trainer", NULL, open_trainer_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_learner_picker_init (HearthLearnerPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_flow_box_activate_children (self->tiles);
}

GtkWidget *
hearth_learner_picker_new (HearthContext *context)
{
  HearthLearnerPicker *self = g_object_new (HEARTH_TYPE_LEARNER_PICKER, NULL);

  self->context = g_object_ref (context);
  hearth_learner_picker_reload (self);
  return GTK_WIDGET (self);
}
