// Word clusters for the name tagger (see scripts/train-clusters.ts).
//   clusters CORPUS OUT MIN_COUNT EPOCHS DIM
// CORPUS: one sentence per line, tokens separated by spaces (already normalized).
// OUT: word TAB cluster at 32 TAB cluster at 256 TAB cluster at 2048 TAB count, most frequent first.
//
// 1. Skip-gram with negative sampling (Mikolov et al. 2013): window 5 (shrunk at random), 5
//    negatives from the unigram distribution to the power 0.75, frequent words subsampled (1e-4),
//    learning rate 0.025 decaying linearly. One thread, fixed seed: the same corpus gives the same
//    vectors.
// 2. Hierarchical spherical k-means (k-means++ seeding, cosine similarity): 32 clusters, each split
//    in 8, each of those in 8. A cluster too small to split keeps one child.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

using namespace std;

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static inline uint64_t next_rand() {
  rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
  uint64_t x = rng_state;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}
static inline double next_unit() { return (next_rand() >> 11) * (1.0 / 9007199254740992.0); }

int main(int argc, char** argv) {
  if (argc < 6) {
    fprintf(stderr, "usage: clusters CORPUS OUT MIN_COUNT EPOCHS DIM\n");
    return 2;
  }
  const char* corpus = argv[1];
  const char* outPath = argv[2];
  const long minCount = atol(argv[3]);
  const int epochs = atoi(argv[4]);
  const int dim = atoi(argv[5]);
  const int window = 5, negative = 5;
  const double sample = 1e-4;
  const float alpha0 = 0.025f;

  // Vocabulary.
  unordered_map<string, long> counts;
  {
    ifstream in(corpus);
    string line, w;
    while (getline(in, line)) {
      istringstream ss(line);
      while (ss >> w) counts[w]++;
    }
  }
  vector<pair<string, long>> vocab;
  for (auto& kv : counts)
    if (kv.second >= minCount) vocab.push_back(kv);
  sort(vocab.begin(), vocab.end(), [](const pair<string, long>& a, const pair<string, long>& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  counts.clear();
  const long V = vocab.size();
  unordered_map<string, int> id;
  id.reserve(V * 2);
  long total = 0;
  for (long i = 0; i < V; i++) {
    id[vocab[i].first] = (int)i;
    total += vocab[i].second;
  }
  fprintf(stderr, "vocabulary %ld words (min count %ld), %ld tokens\n", V, minCount, total);

  // Corpus as ids, sentences separated by -1.
  vector<int> text;
  text.reserve(total + total / 10);
  {
    ifstream in(corpus);
    string line, w;
    while (getline(in, line)) {
      istringstream ss(line);
      bool any = false;
      while (ss >> w) {
        auto it = id.find(w);
        if (it != id.end()) {
          text.push_back(it->second);
          any = true;
        }
      }
      if (any) text.push_back(-1);
    }
  }

  // Negative-sampling table.
  const long TABLE = 10000000;
  vector<int> table(TABLE);
  {
    double norm = 0;
    for (long i = 0; i < V; i++) norm += pow((double)vocab[i].second, 0.75);
    long i = 0;
    double acc = pow((double)vocab[0].second, 0.75) / norm;
    for (long a = 0; a < TABLE; a++) {
      table[a] = (int)i;
      if ((double)a / TABLE > acc && i < V - 1) {
        i++;
        acc += pow((double)vocab[i].second, 0.75) / norm;
      }
    }
  }
  vector<double> keep(V);
  for (long i = 0; i < V; i++) {
    double f = (double)vocab[i].second;
    double t = sample * total;
    keep[i] = (sqrt(f / t) + 1) * t / f;
  }

  vector<float> syn0((size_t)V * dim), syn1((size_t)V * dim, 0.0f);
  for (size_t i = 0; i < syn0.size(); i++) syn0[i] = (float)((next_unit() - 0.5) / dim);
  vector<float> grad(dim);
  const long steps = (long)text.size() * epochs;
  long done = 0;
  vector<int> sent;
  for (int ep = 0; ep < epochs; ep++) {
    size_t pos = 0;
    while (pos < text.size()) {
      sent.clear();
      while (pos < text.size() && text[pos] >= 0) {
        int w = text[pos++];
        if (keep[w] >= 1 || keep[w] > next_unit()) sent.push_back(w);
        done++;
      }
      pos++;
      done++;
      float alpha = alpha0 * max(0.0001f, 1.0f - (float)done / (float)(steps + 1));
      for (size_t i = 0; i < sent.size(); i++) {
        int b = (int)(next_rand() % window);
        for (long j = (long)i - window + b; j <= (long)i + window - b; j++) {
          if (j < 0 || j >= (long)sent.size() || j == (long)i) continue;
          float* in = &syn0[(size_t)sent[j] * dim];
          fill(grad.begin(), grad.end(), 0.0f);
          for (int d = 0; d <= negative; d++) {
            int target, label;
            if (d == 0) {
              target = sent[i];
              label = 1;
            } else {
              target = table[next_rand() % TABLE];
              if (target == sent[i]) continue;
              label = 0;
            }
            float* out = &syn1[(size_t)target * dim];
            float dot = 0;
            for (int k = 0; k < dim; k++) dot += in[k] * out[k];
            float g;
            if (dot > 6) g = (label - 1) * alpha;
            else if (dot < -6) g = label * alpha;
            else g = (label - 1.0f / (1.0f + expf(-dot))) * alpha;
            for (int k = 0; k < dim; k++) grad[k] += g * out[k];
            for (int k = 0; k < dim; k++) out[k] += g * in[k];
          }
          for (int k = 0; k < dim; k++) in[k] += grad[k];
        }
      }
    }
    fprintf(stderr, "epoch %d done\n", ep + 1);
  }

  // Unit vectors for cosine k-means.
  for (long i = 0; i < V; i++) {
    float* v = &syn0[(size_t)i * dim];
    double n = 0;
    for (int k = 0; k < dim; k++) n += v[k] * v[k];
    n = sqrt(n) + 1e-12;
    for (int k = 0; k < dim; k++) v[k] = (float)(v[k] / n);
  }

  // Spherical k-means of `members` into k clusters; returns the cluster of each member.
  auto kmeans = [&](const vector<int>& members, int k) {
    const long n = members.size();
    vector<int> assign(n, 0);
    if (n <= (long)k) {
      for (long i = 0; i < n; i++) assign[i] = (int)i;
      return assign;
    }
    vector<float> cent((size_t)k * dim);
    // k-means++ seeding on a sample, weighted by frequency rank (members are sorted by frequency).
    vector<double> dist(n, 1e30);
    long first = (long)(next_unit() * min(n, 1000L));
    memcpy(&cent[0], &syn0[(size_t)members[first] * dim], dim * sizeof(float));
    for (int c = 1; c < k; c++) {
      double sum = 0;
      const float* p = &cent[(size_t)(c - 1) * dim];
      for (long i = 0; i < n; i++) {
        const float* v = &syn0[(size_t)members[i] * dim];
        double dot = 0;
        for (int d = 0; d < dim; d++) dot += v[d] * p[d];
        double dd = 1 - dot;
        if (dd < dist[i]) dist[i] = dd;
        sum += dist[i];
      }
      double r = next_unit() * sum;
      long pick = n - 1;
      for (long i = 0; i < n; i++) {
        r -= dist[i];
        if (r <= 0) {
          pick = i;
          break;
        }
      }
      memcpy(&cent[(size_t)c * dim], &syn0[(size_t)members[pick] * dim], dim * sizeof(float));
    }
    for (int it = 0; it < 25; it++) {
      long moved = 0;
      for (long i = 0; i < n; i++) {
        const float* v = &syn0[(size_t)members[i] * dim];
        int best = 0;
        double bestDot = -2;
        for (int c = 0; c < k; c++) {
          const float* p = &cent[(size_t)c * dim];
          double dot = 0;
          for (int d = 0; d < dim; d++) dot += v[d] * p[d];
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        if (best != assign[i] || it == 0) moved++;
        assign[i] = best;
      }
      fill(cent.begin(), cent.end(), 0.0f);
      vector<long> size(k, 0);
      for (long i = 0; i < n; i++) {
        const float* v = &syn0[(size_t)members[i] * dim];
        float* p = &cent[(size_t)assign[i] * dim];
        for (int d = 0; d < dim; d++) p[d] += v[d];
        size[assign[i]]++;
      }
      for (int c = 0; c < k; c++) {
        float* p = &cent[(size_t)c * dim];
        if (size[c] == 0) {
          memcpy(p, &syn0[(size_t)members[next_rand() % n] * dim], dim * sizeof(float));
          continue;
        }
        double nn = 0;
        for (int d = 0; d < dim; d++) nn += p[d] * p[d];
        nn = sqrt(nn) + 1e-12;
        for (int d = 0; d < dim; d++) p[d] = (float)(p[d] / nn);
      }
      if (moved == 0) break;
    }
    return assign;
  };

  vector<int> all(V);
  for (long i = 0; i < V; i++) all[i] = (int)i;
  vector<int> l1(V), l2(V), l3(V);
  vector<int> a1 = kmeans(all, 32);
  for (long i = 0; i < V; i++) l1[i] = a1[i];
  for (int c1 = 0; c1 < 32; c1++) {
    vector<int> m1;
    for (long i = 0; i < V; i++)
      if (l1[i] == c1) m1.push_back((int)i);
    vector<int> a2 = kmeans(m1, 8);
    for (size_t j = 0; j < m1.size(); j++) l2[m1[j]] = c1 * 8 + a2[j];
    for (int c2 = 0; c2 < 8; c2++) {
      vector<int> m2;
      for (size_t j = 0; j < m1.size(); j++)
        if (a2[j] == c2) m2.push_back(m1[j]);
      if (m2.empty()) continue;
      vector<int> a3 = kmeans(m2, 8);
      for (size_t j = 0; j < m2.size(); j++) l3[m2[j]] = (c1 * 8 + c2) * 8 + a3[j];
    }
    fprintf(stderr, "cluster %d of 32 split\n", c1 + 1);
  }

  FILE* out = fopen(outPath, "w");
  if (!out) {
    perror(outPath);
    return 1;
  }
  for (long i = 0; i < V; i++) fprintf(out, "%s\t%d\t%d\t%d\t%ld\n", vocab[i].first.c_str(), l1[i], l2[i], l3[i], vocab[i].second);
  fclose(out);
  return 0;
}
