/* hearth-speech.c: reading text aloud with espeak-ng
 *
 * espeak-ng speaks offline, in English, Bengali, Arabic, Urdu and Hindi. It
 * has no Somali voice, and Somali read with another language's letter rules
 * would be nonsense to a Somali grandmother, so Somali is refused rather
 * than spoken wrongly.
 *
 * espeak-ng keeps one global state and is not safe to call from two
 * threads at once: every call here holds one lock, and the library is
 * started once, in synchronous mode, handing the sound back to us. The
 * interface plays it; the command line writes it to a WAV file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"
#include "hearth-language.h"
#include "hearth-speech.h"

#include <espeak-ng/speak_lib.h>
#include <string.h>

G_DEFINE_QUARK (hearth-speech-error-quark, hearth_speech_error)

/* The espeak-ng voice for each language Hearth can read aloud. espeak-ng's
 * "en" is British English, as the course is for families in the UK. */
static const struct {
  const char *language;
  const char *voice;
} voices[] = {
  { "en", "en" },
  { "bn", "bn" },
  { "ar", "ar" },
  { "ur", "ur" },
  { "hi", "hi" },
};

static GMutex speech_lock;
static int espeak_sample_rate;  /* 0 until started; -1 when it failed to */

/* What one synthesis collects, passed to the callback as user data. */
typedef struct
{
  GByteArray *samples;
  GArray     *sentences;
} Collector;

static const char *
voice_for (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (voices); i++)
    if (g_strcmp0 (voices[i].language, language) == 0)
      return voices[i].voice;
  return NULL;
}

gboolean
hearth_speech_has_voice (const char *language)
{
  return voice_for (language) != NULL;
}

/* The synthesis under way; set and cleared with the lock held. */
static Collector *current;

static int
collect_cb (short         *wav,
            int            n_samples,
            espeak_EVENT  *events)
{
  if (current == NULL)
    return 0;

  for (espeak_EVENT *event = events; event->type != espeakEVENT_LIST_TERMINATED; event++)
    if (event->type == espeakEVENT_SENTENCE)
      {
        /* espeak-ng counts characters from 1, which the synthesis turns
         * into byte offsets once it is done, and time in milliseconds. */
        HearthSpeechMark mark = {
          .sample = (guint) ((gint64) MAX (event->audio_position, 0) * espeak_sample_rate / 1000),
          .text_offset = event->text_position > 0 ? event->text_position - 1 : 0,
        };

        g_array_append_val (current->sentences, mark);
      }

  if (wav != NULL && n_samples > 0)
    g_byte_array_append (current->samples, (const guint8 *) wav, n_samples * sizeof (short));

  return 0;  /* carry on */
}

/* Starts espeak-ng once; the lock is held. */
static gboolean
ensure_started (GError **error)
{
  if (espeak_sample_rate == 0)
    {
      /* espeakINITIALIZE_DONT_EXIT: a missing data folder is an error to
       * report, not a reason for the library to end the program. */
      espeak_sample_rate = espeak_Initialize (AUDIO_OUTPUT_SYNCHRONOUS, 500, g_getenv ("HEARTH_ESPEAK_DATA"),
                                              espeakINITIALIZE_DONT_EXIT);
      if (espeak_sample_rate <= 0)
        espeak_sample_rate = -1;
      else
        espeak_SetSynthCallback (collect_cb);
    }

  if (espeak_sample_rate < 0)
    {
      g_set_error_literal (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_FAILED,
                           _("Hearth cannot read aloud: the speech voices (espeak-ng) are missing. "
                             "Install espeak-ng-data and start Hearth again."));
      return FALSE;
    }

  return TRUE;
}

/* Turns espeak-ng's character positions into byte offsets in @text. */
static void
marks_to_bytes (GArray     *sentences,
                const char *text)
{
  glong length = g_utf8_strlen (text, -1);

  for (guint i = 0; i < sentences->len; i++)
    {
      HearthSpeechMark *mark = &g_array_index (sentences, HearthSpeechMark, i);
      glong characters = MIN ((glong) mark->text_offset, length);

      mark->text_offset = g_utf8_offset_to_pointer (text, characters) - text;
    }
}

/* Speaks @text in @language at @rate words a minute into samples. Fails with
 * HEARTH_SPEECH_ERROR_NO_VOICE for a language espeak-ng has no voice for. */
HearthSpeechAudio *
hearth_speech_synthesize (const char  *text,
                          const char  *language,
                          guint        rate,
                          GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(HearthSpeechAudio) audio = NULL;
  const char *voice = voice_for (language);
  Collector collector;

  g_return_val_if_fail (text != NULL, NULL);

  if (voice == NULL)
    {
      const HearthLanguage *info = hearth_language_lookup (language);

      g_set_error (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_NO_VOICE,
                   /* Translators: %s is a language's name, e.g. "Soomaali" */
                   _("Hearth cannot read %s aloud yet."),
                   info != NULL ? info->native_name : language);
      return NULL;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_FAILED,
                           _("The text to read aloud is not valid UTF-8."));
      return NULL;
    }

  locker = g_mutex_locker_new (&speech_lock);
  if (!ensure_started (error))
    return NULL;

  if (espeak_SetVoiceByName (voice) != EE_OK)
    {
      g_set_error (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_FAILED,
                   _("Hearth cannot find the espeak-ng voice “%s”. Install espeak-ng-data and try again."),
                   voice);
      return NULL;
    }
  espeak_SetParameter (espeakRATE, CLAMP (rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);

  audio = g_new0 (HearthSpeechAudio, 1);
  audio->sample_rate = espeak_sample_rate;
  audio->sentences = g_array_new (FALSE, FALSE, sizeof (HearthSpeechMark));
  collector.samples = g_byte_array_new ();
  collector.sentences = audio->sentences;

  current = &collector;
  if (espeak_Synth (text, strlen (text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL) != EE_OK ||
      espeak_Synchronize () != EE_OK)
    {
      current = NULL;
      g_byte_array_unref (collector.samples);
      g_set_error_literal (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_FAILED,
                           _("Hearth could not read this aloud. Please try again."));
      return NULL;
    }

  current = NULL;
  audio->samples = g_byte_array_free_to_bytes (collector.samples);
  marks_to_bytes (audio->sentences, text);
  return g_steal_pointer (&audio);
}

static void
put_le32 (guint8 *at,
          guint32 value)
{
  value = GUINT32_TO_LE (value);
  memcpy (at, &value, 4);
}

static void
put_le16 (guint8 *at,
          guint16 value)
{
  value = GUINT16_TO_LE (value);
  memcpy (at, &value, 2);
}

/* The samples as a WAV file: a 44-byte RIFF header, then the PCM data. */
GBytes *
hearth_speech_audio_to_wav (HearthSpeechAudio *audio)
{
  gsize data_size = g_bytes_get_size (audio->samples);
  guint8 *wav = g_malloc (44 + data_size);

  memcpy (wav, "RIFF", 4);
  put_le32 (wav + 4, 36 + data_size);
  memcpy (wav + 8, "WAVEfmt ", 8);
  put_le32 (wav + 16, 16);                      /* the size of the format block */
  put_le16 (wav + 20, 1);                       /* PCM */
  put_le16 (wav + 22, 1);                       /* mono */
  put_le32 (wav + 24, audio->sample_rate);
  put_le32 (wav + 28, audio->sample_rate * 2);  /* bytes a second */
  put_le16 (wav + 32, 2);                       /* bytes a sample */
  put_le16 (wav + 34, 16);                      /* bits a sample */
  memcpy (wav + 36, "data", 4);
  put_le32 (wav + 40, data_size);
  memcpy (wav + 44, g_bytes_get_data (audio->samples, NULL), data_size);

  return g_bytes_new_take (wav, 44 + data_size);
}

/* Writes @text spoken in @language to @file as WAV. The file is replaced
 * whole or not at all. */
gboolean
hearth_speech_write_wav (const char  *text,
                         const char  *language,
                         guint        rate,
                         GFile       *file,
                         GError     **error)
{
  g_autoptr(HearthSpeechAudio) audio = hearth_speech_synthesize (text, language, rate, error);
  g_autoptr(GBytes) wav = NULL;

  if (audio == NULL)
    return FALSE;

  wav = hearth_speech_audio_to_wav (audio);
  return g_file_replace_contents (file, g_bytes_get_data (wav, NULL), g_bytes_get_size (wav), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

void
hearth_speech_audio_free (HearthSpeechAudio *audio)
{
  if (audio == NULL)
    return;

  g_clear_pointer (&audio->samples, g_bytes_unref);
  g_clear_pointer (&audio->sentences, g_array_unref);
  g_free (audio);
}
