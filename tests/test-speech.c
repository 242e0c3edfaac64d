/* test-speech.c: the read-aloud layer: a WAV for every voice, Somali refused
 * rather than read with another language's voice, sentence marks in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hearth-speech.h"
#include "hearth-test-check.h"

static const struct {
  const char *language;
  const char *text;
} samples[] = {
  { "en", "Tell a grown-up you trust." },
  { "bn", "আপনার বিশ্বাসের একজন বড় মানুষকে বলুন।" },
  { "ar", "أخبر شخصًا كبيرًا تثق به." },
  { "ur", "کسی قابلِ اعتماد بڑے کو بتائیں۔" },
  { "hi", "किसी भरोसेमंद बड़े को बताइए।" },
};

static guint32
le32 (const guint8 *at)
{
  guint32 value;

  memcpy (&value, at, 4);
  return GUINT32_FROM_LE (value);
}

START_TEST (test_every_voice_makes_a_wav)
{
  const char *language = samples[_i].language;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSpeechAudio) audio = NULL;
  g_autoptr(GBytes) wav = NULL;
  const guint8 *data;
  gsize size;

  ck_assert (hearth_speech_has_voice (language));
  audio = hearth_speech_synthesize (samples[_i].text, language, HEARTH_SPEECH_RATE_NORMAL, &error);
  ck_assert_msg (audio != NULL, "%s: %s", language, error ? error->message : "");

  /* Half a second at least: a short sentence, really spoken. */
  ck_assert_uint_gt (audio->sample_rate, 8000);
  ck_assert_uint_gt (g_bytes_get_size (audio->samples) / 2, audio->sample_rate / 2);

  wav = hearth_speech_audio_to_wav (audio);
  data = g_bytes_get_data (wav, &size);
  ck_assert_uint_eq (size, 44 + g_bytes_get_size (audio->samples));
  ck_assert (memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WAVEfmt ", 8) == 0);
  ck_assert_uint_eq (le32 (data + 4), size - 8);
  ck_assert_uint_eq (le32 (data + 24), audio->sample_rate);
  ck_assert (memcmp (data + 36, "data", 4) == 0);
  ck_assert_uint_eq (le32 (data + 40), size - 44);
}
END_TEST

START_TEST (test_somali_is_refused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSpeechAudio) audio = NULL;

  ck_assert (!hearth_speech_has_voice ("so"));
  audio = hearth_speech_synthesize ("Waalidiinta", "so", HEARTH_SPEECH_RATE_NORMAL, &error);
  ck_assert_ptr_null (audio);
  ck_assert (g_error_matches (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_NO_VOICE));
  /* The message names the language in its own name. */
  ck_assert_ptr_nonnull (strstr (error->message, "Soomaali"));
  g_clear_error (&error);

  ck_assert_ptr_null (hearth_speech_synthesize ("Hello", "xx", HEARTH_SPEECH_RATE_NORMAL, &error));
  ck_assert (g_error_matches (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_NO_VOICE));
  g_clear_error (&error);

  ck_assert_ptr_null (hearth_speech_synthesize ("\xff\xfe", "en", HEARTH_SPEECH_RATE_NORMAL, &error));
  ck_assert (g_error_matches (error, HEARTH_SPEECH_ERROR, HEARTH_SPEECH_ERROR_FAILED));
}
END_TEST

START_TEST (test_sentences_and_rate)
{
  const char *text = "পাসওয়ার্ড গোপন রাখুন। কাউকে বলবেন না।";
  g_autoptr(HearthSpeechAudio) normal = hearth_speech_synthesize (text, "bn", HEARTH_SPEECH_RATE_NORMAL, NULL);
  g_autoptr(HearthSpeechAudio) slow = hearth_speech_synthesize (text, "bn", HEARTH_SPEECH_RATE_SLOW, NULL);
  const HearthSpeechMark *first, *second;

  ck_assert_ptr_nonnull (normal);
  ck_assert_ptr_nonnull (slow);
  /* Slower reading is longer sound. */
  ck_assert_uint_gt (g_bytes_get_size (slow->samples), g_bytes_get_size (normal->samples));

  /* Two sentences, marked in order, the second at its first letter. */
  ck_assert_uint_eq (normal->sentences->len, 2);
  first = &g_array_index (normal->sentences, HearthSpeechMark, 0);
  second = &g_array_index (normal->sentences, HearthSpeechMark, 1);
  ck_assert_uint_eq (first->text_offset, 0);
  ck_assert_uint_lt (first->sample, second->sample);
  ck_assert_uint_lt (second->sample, g_bytes_get_size (normal->samples) / 2);
  ck_assert_msg (g_str_has_prefix (text + second->text_offset, "কাউকে") ||
                 g_str_has_prefix (text + second->text_offset, " কাউকে"),
                 "the second sentence is marked at “%s”", text + second->text_offset);
}
END_TEST

START_TEST (test_write_wav)
{
  g_autofree char *folder = g_dir_make_tmp ("hearth-speech-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "hello.wav", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/folder/hello.wav");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize size = 0;

  ck_assert (hearth_speech_write_wav ("Hello.", "en", HEARTH_SPEECH_RATE_NORMAL, file, NULL));
  ck_assert (g_file_get_contents (path, &contents, &size, NULL));
  ck_assert_uint_gt (size, 44 + 8000);
  ck_assert (!hearth_speech_write_wav ("Hello.", "en", HEARTH_SPEECH_RATE_NORMAL, nowhere, &error));
  ck_assert_ptr_nonnull (error);
  g_unlink (path);
  g_rmdir (folder);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("speech");
  TCase *tcase = tcase_create ("speech");

  tcase_set_timeout (tcase, 120);
  tcase_add_loop_test (tcase, test_every_voice_makes_a_wav, 0, G_N_ELEMENTS (samples));
  tcase_add_test (tcase, test_somali_is_refused);
  tcase_add_test (tcase, test_sentences_and_rate);
  tcase_add_test (tcase, test_write_wav);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}
