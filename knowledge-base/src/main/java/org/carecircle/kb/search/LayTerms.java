package org.carecircle.kb.search;

import java.util.List;

/**
 * Groups of words that patients use interchangeably (lay terms, forum shorthand, British and American
 * spelling). Each group is one meaning: a query with any member also searches for the others. Terms
 * are lower case, unstemmed; a member may be several words.
 */
final class LayTerms {
  static final List<List<String>> GROUPS =
      List.of(
          List.of("chemo", "chemotherapy", "chemotherapies"),
          List.of("rads", "radiotherapy", "radiation", "radiation therapy", "radiation treatment"),
          List.of("onc", "oncologist", "oncologists", "oncology", "cancer doctor"),
          List.of("mets", "metastatic", "metastasis", "metastases", "metastasized", "metastasised"),
          List.of(
              "counts",
              "count",
              "blood counts",
              "blood count",
              "neutropenia",
              "neutropenic",
              "neutrophils",
              "white cells",
              "white blood cells",
              "wbc"),
          List.of("immunotherapy", "immuno"),
          List.of("hormone therapy", "hormonal therapy", "endocrine therapy"),
          List.of("bmt", "bone marrow transplant", "stem cell transplant", "sct"),
          List.of("dx", "diagnosis", "diagnosed"),
          List.of("tx", "treatment", "treatments"),
          List.of("ned", "remission"),
          List.of("meds", "medication", "medications", "medicine", "medicines"),
          List.of("doc", "docs", "doctor", "doctors", "dr"),
          List.of("gp", "family doctor"),
          List.of("ct", "cat scan", "ct scan"),
          List.of("scanxiety", "scan anxiety"),
          List.of("port", "portacath", "port a cath"),
          List.of("picc", "picc line"),
          List.of("tumour", "tumor"),
          List.of("tumours", "tumors"),
          List.of("diarrhoea", "diarrhea"),
          List.of("oedema", "edema"),
          List.of("lymphoedema", "lymphedema"),
          List.of("anaemia", "anemia"),
          List.of("haemoglobin", "hemoglobin"),
          List.of("oesophagus", "esophagus"),
          List.of("oestrogen", "estrogen"),
          List.of("centre", "center"),
          List.of("paediatric", "pediatric"),
          List.of("counselling", "counseling", "therapist"),
          List.of("tiredness", "tired", "fatigue", "exhausted", "exhaustion", "wiped out"),
          List.of("nausea", "nauseous", "nauseated", "queasy", "feel sick", "feeling sick"),
          List.of("vomiting", "vomit", "throwing up", "throw up", "puking", "being sick"),
          List.of("hair loss", "losing hair", "alopecia", "bald", "balding"),
          List.of("mouth sores", "mucositis", "mouth ulcers"),
          List.of("neuropathy", "pins and needles", "tingling", "numbness", "numb"),
          List.of("chemo brain", "brain fog", "foggy"),
          List.of("stomach", "tummy", "belly"),
          List.of("constipation", "constipated", "bunged up"),
          List.of("mum", "mom", "mam", "mother", "mommy", "mummy"),
          List.of("dad", "father", "daddy"),
          List.of("kids", "children", "child", "kid", "son", "daughter"),
          List.of("husband", "wife", "partner", "spouse", "hubby", "boyfriend", "girlfriend"),
          List.of("caregiver", "carer", "caregiving", "caring"),
          List.of("clinical trial", "clinical trials", "research study"),
          List.of("job", "employer", "boss", "workplace"),
          List.of("money", "finances", "financial", "bills", "costs"),
          List.of("insurance", "insurer", "coverage"),
          List.of("food", "eat", "eating", "diet", "nutrition"),
          List.of("exercise", "workout", "gym", "physical activity"),
          List.of("sex", "intimacy", "libido", "sex drive"),
          List.of("fertility", "pregnant", "pregnancy", "baby", "babies"),
          List.of("die", "dying", "end of life"),
          List.of("hospice", "end of life care"),
          List.of("sad", "depressed", "depression", "low mood"),
          List.of("anxious", "anxiety", "worried", "worry", "nervous", "scared", "afraid"),
          List.of("angry", "anger", "furious", "rage"),
          List.of("lonely", "loneliness", "isolated", "alone"),
          List.of("recurrence", "relapse", "come back", "coming back"));

  private LayTerms() {}
}
